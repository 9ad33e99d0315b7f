import type { Neighborhood, NeighborhoodQuery, PathQuery, WarmPaths } from '../contracts/graph';
import { notFound } from '../errors';
import type { CatalogService } from '../catalog/service';
import { toCommunityElements, toIntroductionEdge, toKnowsEdge, toPartnerNode, toSpecialtyElements, toWarmPath } from './presenter';
import type { GraphRepository } from './repository';

export function graphService(graph: GraphRepository, catalog: CatalogService) {
  return {
    async neighborhood(id: string, query: NeighborhoodQuery): Promise<Neighborhood> {
      const found = await graph.neighborhood(id, query);
      if (!found) throw notFound('partner', id);
      const ids = found.partners.map((partner) => partner.id);
      const [ties, introductions, specialtyLinks, communityLinks] = await Promise.all([
        graph.tiesAmong(ids, query.minStrength),
        query.introductions ? graph.introductionsAmong(ids) : [],
        query.specialties ? graph.specialtiesOf(ids) : [],
        query.community ? graph.communityOf(ids) : [],
      ]);
      const specialties = toSpecialtyElements(specialtyLinks);
      const community = toCommunityElements(communityLinks);
      return {
        center: id,
        depth: query.depth,
        elements: {
          nodes: [...found.partners.map(toPartnerNode), ...specialties.nodes, ...community.nodes],
          edges: [...ties.map(toKnowsEdge), ...introductions.map(toIntroductionEdge), ...specialties.edges, ...community.edges],
        },
        truncated: found.total + 1 > found.partners.length,
        totals: { partners: found.total + 1, shown: found.partners.length },
      };
    },

    async paths(query: PathQuery): Promise<WarmPaths> {
      await catalog.requirePartners({ from: query.from, to: query.to });
      const chains = await graph.shortestPaths(query.from, query.to, query.maxHops, query.limit);
      return { from: query.from, to: query.to, found: chains.length > 0, paths: chains.map(toWarmPath) };
    },
  };
}

export type GraphService = ReturnType<typeof graphService>;
