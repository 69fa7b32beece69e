import { ActivityVillageConfirmationEntity } from '../modules/confirmation/confirmation.entity';
import { MailOutboxEntity, NotificationEntity, NotificationPreferenceEntity, ScheduledRunEntity } from '../modules/notification/notification.entity';
import {
  ActivityAgencyEntity,
  ActivityEntity,
  ActivityEvidenceEntity,
  ActivityFollowUpEntity,
  ActivityParticipantEntity,
  ActivityProgrammeItemEntity,
  ActivityTopicEntity,
  ActivityVillageEntity,
  TopicEntity,
} from '../modules/activity/activity.entity';
import { CoverageActivityEntity, CoverageGenerationEntity, CoverageReachEntity, CoverageRegionPeriodEntity, CoverageVillageMonthEntity } from '../modules/coverage/coverage.entity';
import { BoundaryRegionEntity, BoundarySetEntity } from '../modules/boundary/boundary.entity';
import { DesaBinaanEntity } from '../modules/desa-binaan/desa-binaan.entity';
import { TargetEntity } from '../modules/target/target.entity';
import { ReportScheduleEntity } from '../modules/report/report-schedule.entity';
import { SavedReportEntity } from '../modules/report/saved-report.entity';
import { AgencyEntity, AgencyWorkingAreaEntity } from '../modules/agency/agency.entity';
import { AuditLogEntity } from '../modules/audit/audit.entity';
import { LoginThrottleEntity, RefreshTokenEntity } from '../modules/auth/auth.entity';
import { ProgrammeFrameworkEntity, ProgrammeItemEntity } from '../modules/programme/programme.entity';
import { RegionDataVersionEntity, RegionEntity, RegionWordEntity } from '../modules/region/region.entity';
import { UserEntity } from '../modules/user/user.entity';
import { ActivityAttendanceEntity } from '../modules/activity/activity.entity';
import { CoverageAttendanceEntity } from '../modules/coverage/coverage.entity';

/** Every entity, listed once: the data source, the migration drift test and the generator all read this. */
export const ENTITIES = [
  RegionEntity,
  RegionDataVersionEntity,
  RegionWordEntity,
  AgencyEntity,
  AgencyWorkingAreaEntity,
  UserEntity,
  RefreshTokenEntity,
  LoginThrottleEntity,
  AuditLogEntity,
  ProgrammeFrameworkEntity,
  ProgrammeItemEntity,
  TopicEntity,
  ActivityEntity,
  ActivityAgencyEntity,
  ActivityVillageEntity,
  ActivityParticipantEntity,
  ActivityTopicEntity,
  ActivityProgrammeItemEntity,
  ActivityFollowUpEntity,
  ActivityEvidenceEntity,
  CoverageActivityEntity,
  CoverageReachEntity,
  CoverageVillageMonthEntity,
  CoverageRegionPeriodEntity,
  CoverageGenerationEntity,
  DesaBinaanEntity,
  ActivityVillageConfirmationEntity,
  TargetEntity,
  BoundarySetEntity,
  BoundaryRegionEntity,
  SavedReportEntity,
  ReportScheduleEntity,
  ActivityAttendanceEntity,
  CoverageAttendanceEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  MailOutboxEntity,
  ScheduledRunEntity,
];
