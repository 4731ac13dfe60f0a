// The one react-dom entry the console uses; @types/react-dom cannot be installed beside Taro's peer ranges.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element): { render(children: ReactNode): void; unmount(): void };
}
