// The UMD globals the playground page loads before playground.js (the vendor builds of React 18,
// ReactDOM 18 and GraphiQL 4; see playground/index.ts). Only what playground.js uses, declared by hand:
// the packages' own declarations need @types/react, which nothing else here needs.

declare namespace React {
  interface ReactElement {
    readonly type: unknown;
  }
  type ReactNode = ReactElement | string | null;
  type ComponentType<P> = (props: P) => ReactElement | null;
  function createElement(type: string, props: Record<string, unknown> | null, ...children: ReactNode[]): ReactElement;
  function createElement<P>(type: ComponentType<P>, props: P | null, ...children: ReactNode[]): ReactElement;
}

declare namespace ReactDOM {
  interface Root {
    render(element: React.ReactElement): void;
  }
  function createRoot(container: Element): Root;
}

/** Where GraphiQL keeps tabs and editor state (localStorage's shape). */
interface GraphiQLStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  readonly length: number;
}

type GraphiQLFetcher = (params: unknown) => Promise<unknown>;

interface GraphiQLProps {
  fetcher: GraphiQLFetcher;
  storage?: GraphiQLStorage;
  defaultTabs?: Array<{ query: string; variables?: string }>;
  initialQuery?: string;
  initialVariables?: string;
  defaultEditorToolsVisibility?: boolean | 'variables' | 'headers';
  shouldPersistHeaders?: boolean;
}

declare const GraphiQL: React.ComponentType<GraphiQLProps> & {
  createFetcher(options: { url: string }): GraphiQLFetcher;
  Logo: React.ComponentType<Record<string, never>>;
};
