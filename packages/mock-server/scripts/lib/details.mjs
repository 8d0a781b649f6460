export function normaliseDetail(data) {
  return { code: data.code.trim() };
}
