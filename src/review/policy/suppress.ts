export { Policy } from '../../../constructs/core/policy';
