import type { Role } from '@jangkau/web-data-access';

/** Who opens the targets page: heads and administrators set targets, viewers (kanwil, ditjen) read them. */
export const TARGET_READERS: Role[] = ['ADMIN', 'HEAD', 'VIEWER'];
