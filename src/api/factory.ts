/** husk's VM cache service (api/husk/factory/v1/cache.proto), served by `husk factory serve`. */
import { defineService, unary } from '../ttrpc/index.js';
import { husk } from '../../api/gen/husk.js';

const p = husk.factory.v1;

export const CacheV1 = defineService('husk.factory.v1.Cache', {
  Take: unary(p.TakeRequest, p.TakeResponse),
  Status: unary(p.StatusRequest, p.StatusResponse),
});
