export enum WorkshopStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  /** Approved earlier, then cancelled as a whole. */
  CANCELLED = 'CANCELLED',
}

export enum Audience {
  ADULTS = 'ADULTS',
  SENIORS = 'SENIORS',
  TEENS = 'TEENS',
  CHILDREN = 'CHILDREN',
  FAMILIES = 'FAMILIES',
  ALL_AGES = 'ALL_AGES',
}

export enum SessionStatus {
  PROPOSED = 'PROPOSED',
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
  /** Derived: a SCHEDULED session whose end has passed. Never stored. */
  COMPLETED = 'COMPLETED',
}

export enum ReviewAction {
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  CANCELLED = 'CANCELLED',
}

export enum WorkshopOrder {
  SUBMITTED_AT_ASC = 'SUBMITTED_AT_ASC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  TITLE_ASC = 'TITLE_ASC',
}

/** Workshops anyone may see. */
export const PUBLIC_WORKSHOP_STATUSES = [WorkshopStatus.APPROVED, WorkshopStatus.CANCELLED];
