import type { AgencyEntity } from './agency.entity';

/** What other libraries read of a partner agency: a view they cannot change. */
export type Agency = Readonly<AgencyEntity>;
