// Calls api.ts operations on a test's host directly, to set up data a test is not about.
import type { APIRequestContext } from '@playwright/test';
import { HTTP_API_PREFIX, TOKEN_HEADER, type OpInput, type OpName, type OpOutput, type OpResult } from '../../db/api';

export async function callApi<N extends OpName>(
  request: APIRequestContext,
  hostUrl: string,
  name: N,
  input: OpInput<N>,
): Promise<OpOutput<N>> {
  const url = new URL(hostUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const response = await request.post(`${url.origin}${HTTP_API_PREFIX}${name}`, {
    data: input ?? {},
    headers: { [TOKEN_HEADER]: token },
  });
  const result = (await response.json()) as OpResult<N>;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

/** A small chain: material NdPr oxide, facilities Alpha Separation (CN), Beta Metal (CN), Gamma Magnet (US), flows Alpha->Beta and Beta->Gamma. */
export async function seedSmallChain(request: APIRequestContext, hostUrl: string) {
  const material = await callApi(request, hostUrl, 'materials.create', { name: 'NdPr oxide', form: 'oxide', elements: ['Nd', 'Pr'] });
  const alpha = await callApi(request, hostUrl, 'facilities.create', {
    name: 'Alpha Separation',
    stage: 'separation',
    country: 'CN',
    capacity_t: 12000,
  });
  const beta = await callApi(request, hostUrl, 'facilities.create', { name: 'Beta Metal', stage: 'metal', country: 'CN' });
  const gamma = await callApi(request, hostUrl, 'facilities.create', { name: 'Gamma Magnet', stage: 'magnet', country: 'US' });
  const ab = await callApi(request, hostUrl, 'flows.create', {
    from_id: alpha.id,
    to_id: beta.id,
    material_id: material.id,
    volume_t: 5000,
    year: 2024,
  });
  const bg = await callApi(request, hostUrl, 'flows.create', {
    from_id: beta.id,
    to_id: gamma.id,
    material_id: material.id,
    volume_t: 800,
    status: 'planned',
  });
  return { material, alpha, beta, gamma, flows: [ab, bg] };
}
