import {
  createIntroductionSchema,
  introductionIdParams,
  introductionListQuerySchema,
  introductionListSchema,
  introductionSchema,
  pipelineQuerySchema,
  pipelineSchema,
  updateIntroductionSchema,
} from '../contracts/introductions';
import { partnerIdParams } from '../contracts/partners';
import { defineRoute } from '../http/route';
import type { IntroductionService } from './service';

export function introductionRoutes(introductions: IntroductionService) {
  const tag = 'Introductions';
  return [
    defineRoute({
      method: 'post', path: '/introductions', tag, status: 201, errors: [404],
      summary: 'Propose an introduction of one partner to another',
      body: createIntroductionSchema, response: introductionSchema,
      handle: ({ body }) => introductions.create(body),
    }),
    defineRoute({
      method: 'get', path: '/introductions', tag,
      summary: 'Introductions by introducer, partner and status, newest first',
      query: introductionListQuerySchema, response: introductionListSchema,
      handle: ({ query }) => introductions.list(query),
    }),
    defineRoute({
      method: 'get', path: '/introductions/:id', tag, errors: [404],
      summary: 'One introduction',
      params: introductionIdParams, response: introductionSchema,
      handle: ({ params }) => introductions.get(params.id),
    }),
    defineRoute({
      method: 'patch', path: '/introductions/:id', tag, errors: [404, 409],
      summary: 'Move an introduction along: proposed → made → accepted | declined; accepted → collaborating; or lapsed',
      params: introductionIdParams, body: updateIntroductionSchema, response: introductionSchema,
      handle: ({ params, body }) => introductions.update(params.id, body),
    }),
    defineRoute({
      method: 'get', path: '/pals/:id/introductions/pipeline', tag, errors: [404],
      summary: "A PAL's introductions by status, those waiting too long flagged",
      params: partnerIdParams, query: pipelineQuerySchema, response: pipelineSchema,
      handle: ({ params, query }) => introductions.pipeline(params.id, query.staleAfterDays),
    }),
  ];
}
