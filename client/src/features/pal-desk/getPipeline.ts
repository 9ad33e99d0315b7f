import { pipelineSchema, type Pipeline } from '@contracts/introductions';
import { getJson } from '../../lib/api';

export function getPipeline(pal: string, signal?: AbortSignal): Promise<Pipeline> {
  return getJson(`/api/pals/${encodeURIComponent(pal)}/introductions/pipeline`, pipelineSchema, signal);
}
