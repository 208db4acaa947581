/** The single value an instant PromQL query answers. */
export async function queryScalar(
  url: string,
  promql: string,
): Promise<number> {
  const response = await fetch(
    `${url}/api/v1/query?query=${encodeURIComponent(promql)}`,
  );
  const body = await response.json();
  expect(body.status).toBe('success');
  expect(body.data.result).toHaveLength(1);
  return Number(body.data.result[0].value[1]);
}
