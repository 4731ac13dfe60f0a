/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform being built; replaced at build time. */
    TARO_ENV: 'weapp' | 'h5';
    /** The server the mini program calls (config/index.ts sets the default). */
    TARO_APP_API_BASE: string;
  }
}
