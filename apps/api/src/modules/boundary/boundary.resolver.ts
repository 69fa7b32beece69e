import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access/access.decorators';
import { BoundaryService } from './boundary.service';
import { BoundarySet } from './models/boundary-set.model';

@Resolver(() => BoundarySet)
export class BoundaryResolver {
  constructor(private readonly boundaries: BoundaryService) {}

  /**
   * Public, like the boundaries themselves and the region registry: the About page states every source and
   * licence to anyone, signed in or not (attribution is owed to every reader of the map). Who imported a set is
   * not part of it.
   */
  @Public('boundary sources and licences are attribution owed to every reader of the map')
  @Query(() => [BoundarySet], { description: 'The active boundary set of each level that has one, by level.' })
  boundarySets(): Promise<BoundarySet[]> {
    return this.boundaries.activeSetSummaries();
  }
}
