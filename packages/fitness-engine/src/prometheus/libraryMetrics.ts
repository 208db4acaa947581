import type { MetricDeclaration } from './exposedSeries';

/**
 * The metrics a library exposes by default once the service uses it, by the
 * library's normalized PyPI name. Their buckets are the library's options,
 * so they are not checked.
 */
export const LIBRARY_METRICS: Record<
  string,
  Array<Pick<MetricDeclaration, 'type' | 'name' | 'labels'>>
> = {
  // The default registry's process, platform and GC collectors (Linux).
  'prometheus-client': [
    { type: 'Gauge', name: 'process_virtual_memory_bytes', labels: [] },
    { type: 'Gauge', name: 'process_resident_memory_bytes', labels: [] },
    { type: 'Gauge', name: 'process_start_time_seconds', labels: [] },
    { type: 'Counter', name: 'process_cpu_seconds', labels: [] },
    { type: 'Gauge', name: 'process_open_fds', labels: [] },
    { type: 'Gauge', name: 'process_max_fds', labels: [] },
    {
      type: 'Gauge',
      name: 'python_info',
      labels: ['implementation', 'major', 'minor', 'patchlevel', 'version'],
    },
    {
      type: 'Counter',
      name: 'python_gc_objects_collected',
      labels: ['generation'],
    },
    {
      type: 'Counter',
      name: 'python_gc_objects_uncollectable',
      labels: ['generation'],
    },
    { type: 'Counter', name: 'python_gc_collections', labels: ['generation'] },
  ],
  // metrics.default() of prometheus-fastapi-instrumentator 7.
  'prometheus-fastapi-instrumentator': [
    {
      type: 'Counter',
      name: 'http_requests',
      labels: ['method', 'status', 'handler'],
    },
    { type: 'Summary', name: 'http_request_size_bytes', labels: ['handler'] },
    { type: 'Summary', name: 'http_response_size_bytes', labels: ['handler'] },
    {
      type: 'Histogram',
      name: 'http_request_duration_highr_seconds',
      labels: [],
    },
    {
      type: 'Histogram',
      name: 'http_request_duration_seconds',
      labels: ['method', 'handler'],
    },
  ],
};
