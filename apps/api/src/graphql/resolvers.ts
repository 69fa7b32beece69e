import { ActivityResolver, FollowUpResolver, ReferenceListResolver } from '../modules/activity/activity.resolver';
import { ActivityEvidenceResolver } from '../modules/activity/evidence/evidence.resolver';
import { CoverageResolver, DashboardResolver } from '../modules/coverage/coverage.resolver';
import { AgencyResolver } from '../modules/agency/agency.resolver';
import { AppInfoResolver } from '../modules/app-info/app-info.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { BoundaryResolver } from '../modules/boundary/boundary.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { AgencyDesaBinaanResolver, RegionDesaBinaanResolver } from '../modules/desa-binaan/desa-binaan-fields.resolver';
import { DesaBinaanResolver } from '../modules/desa-binaan/desa-binaan.resolver';
import { ProgrammeItemResolver, ProgrammeResolver } from '../modules/programme/programme.resolver';
import { RegionResolver } from '../modules/region/region.resolver';
import { ReportResolver } from '../modules/report/report.resolver';
import { ReportScheduleResolver } from '../modules/report/report-schedule.resolver';
import { ReportVillagesResolver } from '../modules/report/report-villages.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { ActivityConfirmationResolver, ConfirmationResolver } from '../modules/confirmation/confirmation.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { DashboardTargetsResolver, TargetResolver } from '../modules/target/target.resolver';

/** Every resolver class: the schema printer and the deny-by-default test walk this list. */
export const RESOLVERS = [
  RegionResolver,
  AgencyResolver,
  UserResolver,
  AuthResolver,
  AuditResolver,
  AppInfoResolver,
  ActivityResolver,
  FollowUpResolver,
  ReferenceListResolver,
  ActivityEvidenceResolver,
  CoverageResolver,
  DashboardResolver,
  TargetResolver,
  DashboardTargetsResolver,
  ProgrammeResolver,
  ProgrammeItemResolver,
  DesaBinaanResolver,
  RegionDesaBinaanResolver,
  AgencyDesaBinaanResolver,
  BoundaryResolver,
  ReportResolver,
  ReportVillagesResolver,
  ReportScheduleResolver,
  ConfirmationResolver,
  ActivityConfirmationResolver,
  NotificationResolver,
];
