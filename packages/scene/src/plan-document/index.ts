/** The plan document and task cards: plain data for every way of handing a plan out, and an HTML writer. */
export {
  planDocument,
  taskCards,
  type PlanActionLine,
  type PlanContact,
  type PlanDocument,
  type PlanDocumentOptions,
  type PlanField,
  type PlanLabels,
  type PlanOwnerActions,
  type PlanPerson,
  type TaskCard,
  type TaskCardLabels,
} from './plan-document.js';
export { planHtml } from './plan-html.js';
