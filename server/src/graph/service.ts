import { type Neighborhood, type NeighborhoodQuery, partnerGraphCaps, type PathQuery, type WarmPaths } from '../contracts/graph';
import { notFound } from '../errors';
import { type Actor, isPalOrAdmin } from '../http/access';
import type { CatalogService } from '../catalog/service';
import { toCommunityElements, toIntroductionEdge, toKnowsEdge, toPartnerNode, toSpecialtyElements, toWarmPath } from './presenter';
import type { GraphRepository } from './repository';

/** Introductions are the business of their two sides and of PALs and admins, wherever they are shown. */
function seesIntroduction(viewer: Actor, introduction: { source: string; target: string }): boolean {
  return isPalOrAdmin(viewer) || (viewer.partnerId !== null && (introduction.source === viewer.partnerId || introduction.target === viewer.partnerId));
}

/** A partner asking for more than their caps gets the most they may have (the answer says which depth). */
function withinRoleCaps(query: NeighborhoodQuery, viewer: Actor): NeighborhoodQuery {
  if (isPalOrAdmin(viewer)) return query;
  return { ...query, depth: Math.min(query.depth, partnerGraphCaps.depth), limit: Math.min(query.limit, partnerGraphCaps.limit) };
}

export function graphService(graph: GraphRepository, catalog: CatalogService) {
  return {
    /** The viewer's role decides what is embedded: a partner sees only introductions they are a side of. */
    async neighborhood(id: string, asked: NeighborhoodQuery, viewer: Actor): Promise<Neighborhood> {
      const query = withinRoleCaps(asked, viewer);
      const found = await graph.neighborhood(id, query);
      if (!found) throw notFound('partner', id);
      const ids = found.partners.map((partner) => partner.id);
      const [ties, introductions, specialtyLinks, communityLinks] = await Promise.all([
        graph.tiesAmong(ids, query.minStrength),
        query.introductions ? graph.introductionsAmong(ids).then((rows) => rows.filter((row) => seesIntroduction(viewer, row))) : [],
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
