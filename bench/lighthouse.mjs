export async function runLighthouse() {
  return {};
}
