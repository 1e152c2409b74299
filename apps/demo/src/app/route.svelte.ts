/** Hash routes, so a reload (or a restored tab) comes back to the same map: `#/` and `#/map/<id>`. */
export type Route = { name: 'start' } | { name: 'map'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/map\/([A-Za-z0-9-]{1,64})$/u.exec(hash);
  return match ? { name: 'map', id: match[1]! } : { name: 'start' };
}

class Router {
  route: Route = $state(parseRoute(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.route = parseRoute(location.hash)));
  }

  go(route: Route): void {
    const hash = route.name === 'map' ? `#/map/${route.id}` : '#/';
    if (location.hash !== hash) location.hash = hash;
    this.route = route;
  }
}

export const router = new Router();
