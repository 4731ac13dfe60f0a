/**
 * The weapp build (dist/weapp) run on WeChat's own component framework: miniprogram-simulate loads
 * the compiled WXML with the official compiler (wcc) and renders it with exparser / j-component in
 * jsdom. What it lacks of a mini program is supplied here, and nothing more: `App`/`Page`/`getApp`/
 * `getCurrentPages`, a page stack for wx.navigateTo & co., device storage, wx.login answering the
 * code the test chose (the dev-mode server's WeChat fake turns it into an openid), and wx.request
 * forwarded to the real service over HTTP. Everything else is the build's own code.
 */
import fs from 'node:fs';
import path from 'node:path';

// CommonJS, loaded as the library documents it.
const simulate = require('miniprogram-simulate') as { load(p: string, o?: object): string; render(id: string): SimComponent };
// WeChat's component framework, which j-component renders with (to fire events as WeChat does).
const exparser = require('miniprogram-exparser') as {
  Event: { create(name: string, detail: object, options: object): unknown; dispatchEvent(target: unknown, event: unknown): void };
};

export const WEAPP_DIR = path.resolve(__dirname, '../../../dist/weapp');

/** The origin the build was compiled against (config/index.ts, TARO_APP_API_BASE). */
const BUILT_API_BASE = 'http://127.0.0.1:3000';

interface SimComponent {
  dom: HTMLElement;
  instance: Record<string, (...args: unknown[]) => unknown> & { route?: string; options?: object };
  attach(parent: Element): void;
  detach(): void;
  triggerPageLifeTime(name: string): void;
}

type Callbacks = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void };

interface OpenPage {
  route: string;
  component: SimComponent;
  host: HTMLElement;
}

/** A node of the tree Taro keeps in a page's data: its template number, children and attributes. */
type TaroNode = { nn?: string | number; cn?: TaroNode[] } & Record<string, unknown>;

/** Which data key each template of base.wxml binds to aria-label (the attributes are aliased p0, p1…). */
let ariaKeys: Map<string, string> | undefined;
function ariaKeyOf(nn: string): string | undefined {
  if (!ariaKeys) {
    const wxml = fs.readFileSync(path.join(WEAPP_DIR, 'base.wxml'), 'utf8');
    ariaKeys = new Map();
    for (const [, name, body] of wxml.matchAll(/<template name="tmpl_0_(\w+)">([\s\S]*?)<\/template>/g)) {
      const bound = /aria-label="\{\{i\.(\w+)\}\}"/.exec(body);
      // An input's template hands over to tmpl_0_<n>_focus / _blur, which hold its attributes.
      if (bound) ariaKeys.set(name.split('_')[0], bound[1]);
    }
  }
  return ariaKeys.get(nn);
}

type PageOptions = Record<string, unknown> & { data?: object };

/** Calls a wx API's callbacks the way WeChat does (success or fail, then complete). */
function answer(opts: Callbacks, ok: boolean, result: Record<string, unknown>): void {
  const res = { errMsg: result.errMsg ?? 'ok', ...result };
  setTimeout(() => {
    if (ok) opts.success?.(res);
    else opts.fail?.(res);
    opts.complete?.(res);
  }, 0);
}

const splitUrl = (url: string): { route: string; query: Record<string, string> } => {
  const [p, q = ''] = url.split('?');
  return { route: p.replace(/^\//, ''), query: Object.fromEntries(new URLSearchParams(q)) };
};

export interface Simulator {
  /** The page on top of the stack. */
  readonly top: OpenPage;
  /** Every route opened so far, in order (navigateTo, redirectTo, switchTab, reLaunch). */
  readonly visited: string[];
  /** Toasts shown (wx.showToast titles), in order. */
  readonly toasts: string[];
  /** Opens a page as WeChat does on launch or reLaunch: the stack holds only it. */
  reLaunch(url: string): Promise<OpenPage>;
  /** Waits until the top page's text matches. */
  see(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Taps the innermost element of the top page whose text is `text` (or the element matching a CSS selector). */
  tap(text: string | RegExp, within?: string): Promise<void>;
  /** Types into the top page's input or textarea matching `selector` (an `input` event, as the keyboard sends). */
  type(selector: string, value: string): Promise<void>;
  /** Waits until the page on top is `route` (e.g. packages/activity/pages/detail). */
  waitForPage(route: string, timeoutMs?: number): Promise<OpenPage>;
  /** The text of the top page, whitespace collapsed. */
  text(): string;
  /**
   * The accessible names the top page hands WeChat: for every node of Taro's tree in the page's
   * data, the value its compiled template (base.wxml) binds to aria-label. The simulator's renderer
   * keeps no aria attributes in its DOM, so they are read where WeChat reads them: data + template.
   */
  accessibleNames(): string[];
  /**
   * The top page as a standalone HTML document: its rendered tree and the build's WXSS as the
   * simulator compiled it (1 rpx = 1 px, so 750 px wide is a phone), for a screenshot.
   */
  html(): string;
}

/**
 * Starts the build's app (app.js, App() and onLaunch) against the service at `serverUrl`, as the
 * WeChat user whose login code is `loginCode`. One per test file: the build's modules are loaded once.
 */
export function startSimulator(serverUrl: string, loginCode: string): Simulator {
  const storage = new Map<string, unknown>();
  const stack: OpenPage[] = [];
  const visited: string[] = [];
  const toasts: string[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  const wx = g.wx as Record<string, unknown>;
  let app: Record<string, (...args: unknown[]) => unknown> = {};

  Object.assign(wx, {
    request(opts: Callbacks & { url: string; method?: string; header?: Record<string, string>; data?: unknown; dataType?: string }) {
      const url = opts.url.startsWith(BUILT_API_BASE) ? serverUrl + opts.url.slice(BUILT_API_BASE.length) : opts.url;
      const method = (opts.method ?? 'GET').toUpperCase();
      const hasBody = opts.data !== undefined && method !== 'GET';
      const controller = new AbortController();
      fetch(url, { method, headers: opts.header, body: hasBody ? JSON.stringify(opts.data) : undefined, signal: controller.signal })
        .then(async (res) => {
          const raw = await res.text();
          let data: unknown = raw;
          if (opts.dataType !== 'text') {
            try {
              data = JSON.parse(raw);
            } catch {
              // Not JSON: WeChat hands over the string.
            }
          }
          const header: Record<string, string> = {};
          res.headers.forEach((value, key) => (header[key] = value));
          answer(opts, true, { statusCode: res.status, data, header, errMsg: 'request:ok' });
        })
        .catch((e: Error) => answer(opts, false, { errMsg: `request:fail ${e.message}` }));
      return { abort: () => controller.abort(), onHeadersReceived() {}, offHeadersReceived() {}, onChunkReceived() {}, offChunkReceived() {} };
    },
    // WeChat's privacy guide (components/PrivacyPopup): no guide is pending in the simulator.
    onNeedPrivacyAuthorization() {},
    openPrivacyContract: (opts: Callbacks) => answer(opts, true, {}),
    login: (opts: Callbacks) => answer(opts, true, { code: loginCode, errMsg: 'login:ok' }),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorage: (opts: Callbacks & { key: string }) =>
      answer(opts, storage.has(opts.key), storage.has(opts.key) ? { data: storage.get(opts.key) } : { errMsg: 'getStorage:fail data not found' }),
    setStorage: (opts: Callbacks & { key: string; data: unknown }) => {
      storage.set(opts.key, opts.data);
      answer(opts, true, {});
    },
    removeStorage: (opts: Callbacks & { key: string }) => {
      storage.delete(opts.key);
      answer(opts, true, {});
    },
    showToast: (opts: Callbacks & { title: string }) => {
      toasts.push(opts.title);
      answer(opts, true, {});
    },
    navigateTo: (opts: Callbacks & { url: string }) => void go(opts, 'push'),
    redirectTo: (opts: Callbacks & { url: string }) => void go(opts, 'replace'),
    switchTab: (opts: Callbacks & { url: string }) => void go(opts, 'relaunch'),
    reLaunch: (opts: Callbacks & { url: string }) => void go(opts, 'relaunch'),
    navigateBack: (opts: Callbacks) => {
      close(stack.pop());
      stack.at(-1)?.component.instance.onShow?.();
      answer(opts, true, {});
    },
  });

  // A page is the top component of its tree (the framework's own advice for testing pages): its
  // lifecycle functions and Taro's event handler become methods; onLoad & co. are called below.
  g.Page = (options: PageOptions) => {
    const methods: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
    (g.Component as (o: object) => void)({ data: options.data ?? {}, methods });
  };
  g.App = (options: Record<string, (...args: unknown[]) => unknown>) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => stack.map((p) => p.component.instance);
  g.requirePlugin = () => ({});

  // The build's shared chunks and App(): loaded once, as WeChat does on launch.
  require(path.join(WEAPP_DIR, 'app.js'));
  app.onLaunch?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 });
  app.onShow?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 });

  const registered = new Map<string, string>();
  function open(url: string): OpenPage {
    const { route, query } = splitUrl(url);
    if (!fs.existsSync(path.join(WEAPP_DIR, `${route}.json`))) throw new Error(`no page ${route} in the weapp build`);
    // A page's module runs once per process (webpack caches it), so its component is registered once.
    let id = registered.get(route);
    if (!id) {
      id = simulate.load(path.join(WEAPP_DIR, route), { rootPath: WEAPP_DIR });
      registered.set(route, id);
    }
    const component = simulate.render(id);
    const host = document.createElement('page-host');
    document.body.appendChild(host);
    component.attach(host);
    Object.assign(component.instance, { route, options: query });
    const page = { route, component, host };
    stack.at(-1)?.component.instance.onHide?.();
    stack.push(page);
    visited.push(route);
    component.instance.onLoad?.(query);
    component.instance.onShow?.();
    component.instance.onReady?.();
    return page;
  }
  function close(page: OpenPage | undefined): void {
    if (!page) return;
    page.component.instance.onUnload?.();
    page.component.detach();
    page.host.remove();
  }
  function go(opts: Callbacks & { url: string }, how: 'push' | 'replace' | 'relaunch'): void {
    setTimeout(() => {
      try {
        if (how === 'replace') close(stack.pop());
        if (how === 'relaunch') while (stack.length) close(stack.pop());
        open(opts.url);
        answer(opts, true, {});
      } catch (e) {
        answer(opts, false, { errMsg: `${(e as Error).message}` });
      }
    }, 0);
  }

  /**
   * The simulator prefixes a component's classes with its tag (`main--card`, `comp--card` for Taro's
   * recursion component): `.card` in a selector finds either.
   */
  const css = (selector: string) => selector.replace(/\.([\w-]+)/g, ':is(.main--$1, .comp--$1)');

  /**
   * WeChat applies app.wxss (and a subpackage's shared styles) to every page; the simulator loads a
   * page's own WXSS only. For a screenshot, those too, in the simulator's terms (prefixed classes,
   * 1 rpx = 1 px, `page` as the document).
   */
  const appStyles = (route: string): string => {
    const pkg = /^packages\/[^/]+/.exec(route)?.[0];
    const subCommon = pkg && fs.existsSync(path.join(WEAPP_DIR, pkg, 'sub-common')) ? fs.readdirSync(path.join(WEAPP_DIR, pkg, 'sub-common')).filter((f) => f.endsWith('.wxss')).map((f) => path.join(pkg, 'sub-common', f)) : [];
    return ['app-origin.wxss', 'common.wxss', ...subCommon, `${route}.wxss`]
      .filter((f) => fs.existsSync(path.join(WEAPP_DIR, f)))
      .map((f) => fs.readFileSync(path.join(WEAPP_DIR, f), 'utf8'))
      .join('\n')
      .replace(/@import[^;]+;/g, '')
      .replace(/\.([a-zA-Z_][\w-]*)/g, ':is(.main--$1, .comp--$1)')
      .replace(/(\d)rpx/g, '$1px')
      .replace(/(^|[},\s])page(?=[\s{,])/g, '$1body');
  };

  /** Fires a WeChat event at the element the framework knows nearest to `el` (its DOM node's __wxElement). */
  async function dispatch(el: Element | null, name: string, detail: object): Promise<void> {
    while (el && !(el as unknown as { __wxElement?: unknown }).__wxElement) el = el.parentElement;
    if (!el) throw new Error(`no framework element to receive ${name}`);
    const target = (el as unknown as { __wxElement: unknown }).__wxElement;
    exparser.Event.dispatchEvent(target, exparser.Event.create(name, detail, { bubbles: true, composed: true, extraFields: { touches: [], changedTouches: [] } }));
    await new Promise((r) => setTimeout(r, 0));
  }

  const top = (): OpenPage => {
    const page = stack.at(-1);
    if (!page) throw new Error('no page is open');
    return page;
  };
  const text = () => (top().host.textContent ?? '').replace(/\s+/g, ' ').trim();
  const until = async (what: string, check: () => boolean, timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`${what} not seen in ${timeoutMs} ms; the page shows: ${stack.length ? text() : '(none)'}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  return {
    get top() {
      return top();
    },
    visited,
    toasts,
    reLaunch: async (url) => {
      while (stack.length) close(stack.pop());
      return open(url);
    },
    see: (pattern, timeoutMs = 15000) =>
      until(`"${String(pattern)}"`, () => (typeof pattern === 'string' ? text().includes(pattern) : pattern.test(text())), timeoutMs),
    text,
    accessibleNames: () => {
      const names: string[] = [];
      const walk = (node: TaroNode) => {
        const key = ariaKeyOf(String(node.nn));
        if (key && typeof node[key] === 'string' && node[key]) names.push(node[key] as string);
        (node.cn ?? []).forEach(walk);
      };
      walk((top().component.instance as unknown as { data: { root: TaroNode } }).data.root);
      return names;
    },
    html: () =>
      `<!doctype html><html><head><meta charset="utf-8">${document.head.innerHTML}<style>${appStyles(top().route)}</style>` +
      // The built-in components' own display, which WeChat's renderer gives them.
      '<style>body{margin:0} wx-view,wx-scroll-view,wx-swiper,wx-form,wx-input,wx-textarea,wx-image,wx-button{display:block} wx-text{display:inline} wx-image{overflow:hidden}</style>' +
      `</head><body>${top().host.innerHTML}</body></html>`,
    waitForPage: async (route, timeoutMs = 15000) => {
      await until(`page ${route}`, () => stack.at(-1)?.route === route, timeoutMs);
      return top();
    },
    tap: async (pattern, within) => {
      const matches = (el: Element) => {
        const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        return typeof pattern === 'string' ? t === pattern : pattern.test(t);
      };
      const scope = within ? Array.from(top().host.querySelectorAll(css(within))) : [top().host];
      const candidates = scope.flatMap((s) => [s, ...Array.from(s.querySelectorAll('*'))]).filter(matches);
      // The innermost match: the framework bubbles the tap up from there to whoever listens.
      const el = candidates.find((c) => !Array.from(c.children).some(matches));
      if (!el) throw new Error(`nothing to tap with text ${String(pattern)}; the page shows: ${text()}`);
      await dispatch(el, 'tap', { x: 0, y: 0 });
    },
    type: async (selector, value) => {
      const el = top().host.querySelector(css(selector));
      if (!el) throw new Error(`no ${selector} on ${top().route}`);
      await dispatch(el, 'input', { value, cursor: value.length, keyCode: 0 });
    },
  };
}
