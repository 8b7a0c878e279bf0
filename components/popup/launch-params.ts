import { serviceIdPattern } from '@/lib/service-id';

export interface LaunchParams {
  id: string;
  service?: string;
}

/** What the context menu asked for through the popup's URL (`?id=…&service=…`). */
export function readLaunchParams(search: string): LaunchParams {
  const params = new URLSearchParams(search);
  const id = (params.get('id') ?? '').trim().slice(0, 200);
  const service = params.get('service') ?? '';

  return serviceIdPattern.test(service) ? { id, service } : { id };
}
