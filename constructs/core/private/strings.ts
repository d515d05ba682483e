/** `business-hours` → `BusinessHours`: kebab names as construct-id parts. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}

/** `order-events` → `order_events`: workload names as database names and output keys. */
export function snakeCase(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();
}
