export { coach } from './coach.service.ts';
