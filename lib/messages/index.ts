export * from './contract';
export { sendMessage } from './send';
