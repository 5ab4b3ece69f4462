export async function measureBytes() {
  return {};
}
