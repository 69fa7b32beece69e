import {
  ancestorCodes,
  at,
  DEFAULT_SEARCH_RESULTS,
  MAX_SEARCH_QUERY_LENGTH,
  MAX_SEARCH_RESULTS,
  normalizeSearchText,
  RegionLevel,
  splitLevelWord,
  tryParseRegionCode,
} from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { SearchRegionsArgs } from './dto/search-regions.args';
import { RegionDataVersionEntity, RegionEntity } from './region.entity';
import { RegionError, RegionErrorCode } from './region.errors';
import * as repository from './region.repository';
import { RegionCounts } from './models/region.model';

/** Shorter queries match whole names and name starts only: trigrams need three characters to narrow anything. */
const MIN_SUBSTRING_QUERY = 3;
/** Typo tolerance starts at four characters; below that nearly every name looks alike. */
const MIN_FUZZY_QUERY = 4;

interface SearchTier {
  /** Which statement (region.repository.ts searchTier). */
  kind: repository.SearchTier;
  /** The last resort, when neither the text nor its corrected words matched (threshold in data-source.ts). */
  fuzzy?: boolean;
}

function searchTiers(queryLength: number): SearchTier[] {
  // Tiers 1 and 2 in one round trip: exact names, then names starting with the query.
  const tiers: SearchTier[] = [{ kind: 'start' }];
  // Tiers 3 and 4 share one trigram index scan: a word start ranks before any other substring.
  if (queryLength >= MIN_SUBSTRING_QUERY) tiers.push({ kind: 'substring' });
  if (queryLength >= MIN_FUZZY_QUERY) tiers.push({ kind: 'fuzzy', fuzzy: true });
  return tiers;
}

const ANCESTOR_CACHE_MS = 10 * 60 * 1000;

@Injectable()
export class RegionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get regions() {
    return this.dataSource.getRepository(RegionEntity);
  }

  /** A well-formed code that does not exist is `null`; a malformed one is an error. */
  async findByCode(code: string): Promise<RegionEntity | null> {
    return this.regions.findOneBy({ code: this.validCode(code, 'code') });
  }

  /**
   * Names and levels of every provinsi, kabupaten/kota and kecamatan (7,837 rows), kept in memory for the paths of
   * search results ("Pulau Rengas · Bangko Barat · Kab. Merangin · Jambi"): a type-ahead answers without a second
   * round trip. Read again after ten minutes, so a registry update made by another process shows within that.
   */
  ancestorNames(): Promise<Map<string, { name: string; level: RegionLevel }>> {
    if (!this.ancestorCache || Date.now() - this.ancestorCache.at > ANCESTOR_CACHE_MS) {
      const names = repository.ancestorRegions(this.dataSource).then((rows) => new Map(rows.map((r) => [r.code, { name: r.name, level: r.level }])));
      const entry = { at: Date.now(), names };
      this.ancestorCache = entry;
      names.catch(() => {
        if (this.ancestorCache === entry) this.ancestorCache = null;
      });
    }
    return this.ancestorCache.names;
  }

  /** After this process changed the registry. */
  forgetAncestorNames(): void {
    this.ancestorCache = null;
  }

  private ancestorCache: { at: number; names: Promise<Map<string, { name: string; level: RegionLevel }>> } | null = null;

  /**
   * Every region of a working area (codes at any level) and below, with the area's ancestors: what a phone keeps to
   * pick villages offline. Over `cap` rows (a large province, several provinces) it answers only the count.
   */
  async areaRegions(area: readonly string[], cap: number): Promise<{ total: number; regions: RegionEntity[] }> {
    const roots = [...new Set(area)];
    if (roots.length === 0) return { total: 0, regions: [] };
    const exact = [...new Set([...roots, ...roots.flatMap((code) => ancestorCodes(code))])];
    // Codes are digits and dots only (validated on the way in): no LIKE wildcard can hide in them.
    const below = roots.map((code) => `${code}.%`);
    const where = { clause: 'r.code = ANY(:exact) OR r.code LIKE ANY(:below)', params: { exact, below } };
    const total = await this.regions.createQueryBuilder('r').where(where.clause, where.params).getCount();
    if (total > cap) return { total, regions: [] };
    const regions = await this.regions.createQueryBuilder('r').where(where.clause, where.params).orderBy('r.code').getMany();
    return { total, regions };
  }

  totalCount(): Promise<number> {
    return this.regions.count();
  }

  findByCodes(codes: readonly string[]): Promise<RegionEntity[]> {
    return this.regions.findBy({ code: In([...codes]) });
  }

  findChildren(parentCodes: readonly string[]): Promise<RegionEntity[]> {
    return this.regions.find({ where: { parentCode: In([...parentCodes]) }, order: { code: 'ASC' } });
  }

  provinces(): Promise<RegionEntity[]> {
    return this.regions.find({ where: { parentCode: IsNull() }, order: { code: 'ASC' } });
  }

  async nationalCounts(): Promise<RegionCounts> {
    return repository.nationalCounts(this.dataSource);
  }

  latestDataVersion(): Promise<RegionDataVersionEntity | null> {
    return this.dataSource.getRepository(RegionDataVersionEntity).findOne({ where: {}, order: { id: 'DESC' } });
  }

  /**
   * Case-, accent- and punctuation-insensitive name search, best matches first:
   *   1. the name is the query ("merangin" is Kabupaten Merangin: "Kabupaten"/"Kota" in front are ignored);
   *   2. the name starts with it;
   *   3. a later word of the name starts with it;
   *   4. the name contains it anywhere;
   *   5. for typos: misspelled words are corrected first (see correctTypos); when still nothing matches, whole
   *      names spelled alike (trigram similarity).
   * Within a tier provinsi come before kabupaten/kota, then kecamatan, then villages; then by similarity (tiers
   * 1–2 alphabetically). Tiers run one after another and stop once `first` results are found, each with its own
   * LIMIT on an index ((depth, name_key) for 1–2, trigram GIN for 3–5), so a common prefix never sorts thousands.
   */
  async search(args: SearchRegionsArgs): Promise<RegionEntity[]> {
    const first = args.first ?? DEFAULT_SEARCH_RESULTS;
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_RESULTS) {
      throw new RegionError(RegionErrorCode.FIRST_OUT_OF_RANGE, { first }, 'first');
    }
    if (args.query.length > MAX_SEARCH_QUERY_LENGTH) throw new RegionError(RegionErrorCode.QUERY_TOO_LONG, {}, 'query');
    const query = normalizeSearchText(args.query);
    if (!query) throw new RegionError(RegionErrorCode.QUERY_EMPTY, {}, 'query');
    const within = args.within ? this.validCode(args.within, 'within') : null;

    const filters = { level: args.level ?? null, within, first };
    // "kab merangin", "kec bangko": the name at that level first, then the query as typed (some names begin with
    // such a word, e.g. Kecamatan Kota Baru), instead of a slow search for text no name contains.
    // Only whole names and name starts count at that level ("kota baru" must not become Kota Pekanbaru).
    const split = args.level ? null : splitLevelWord(query);
    if (split) {
      const name = split.name.length >= MIN_FUZZY_QUERY ? await this.correctTypos(split.name) : split.name;
      const atLevel = await this.runTiers(name, { ...filters, level: split.level }, false, [], true);
      if (atLevel.length >= first) return atLevel;
      return [
        ...atLevel,
        ...(await this.searchText(
          query,
          { ...filters, first: first - atLevel.length },
          atLevel.map((r) => r.code),
        )),
      ];
    }
    return this.searchText(query, filters, []);
  }

  private async searchText(query: string, filters: { level: string | null; within: string | null; first: number }, exclude: string[]): Promise<RegionEntity[]> {
    // A word no name contains, and (the last word) none starts with, is a typo: search its correction at once
    // rather than scanning for text that cannot match. Otherwise, typo matching only when nothing matched.
    const corrected = query.length >= MIN_FUZZY_QUERY ? await this.correctTypos(query) : query;
    const found = await this.runTiers(corrected, filters, false, exclude);
    if (found.length > 0 || query.length < MIN_FUZZY_QUERY) return found;
    return this.runTiers(query, filters, true, exclude);
  }

  private async runTiers(
    query: string,
    filters: { level: string | null; within: string | null; first: number },
    fuzzy: boolean,
    exclude: string[],
    namesOnly = false,
  ): Promise<RegionEntity[]> {
    const found: RegionEntity[] = [];
    const tiers = searchTiers(query.length).filter((t) => !!t.fuzzy === fuzzy);
    for (const tier of namesOnly ? tiers.slice(0, 1) : tiers) {
      const rows = await repository.searchTier(this.dataSource, tier.kind, {
        query,
        level: filters.level,
        within: filters.within,
        limit: filters.first - found.length,
        exclude: [...exclude, ...found.map((r) => r.code)],
      });
      found.push(...rows);
      if (found.length >= filters.first) break;
    }
    return found;
  }

  /**
   * The query with each misspelled word (four letters or more, not a word of any region name, and for the last
   * word not the start of one either) replaced by the most similar word of a region name, if one is similar
   * enough. One indexed lookup for the whole query; one more per misspelled word.
   */
  private async correctTypos(query: string): Promise<string> {
    const words = query.split(' ');
    const last = at(words, -1, 'word of the query');
    const check = await repository.knownWords(this.dataSource, words, last);
    const known = new Set(check.known);
    const checks = words.map((word, i) => ({
      word,
      known: word.length < MIN_FUZZY_QUERY || known.has(word) || (i === words.length - 1 && check.lastStarts),
    }));
    if (checks.every((c) => c.known)) return query;
    return this.dataSource.transaction(async (manager) => {
      // The planner prices similarity() far below its real cost and would compare every word: make it use the index.
      await repository.preferTrigramIndex(manager);
      const corrected: string[] = [];
      for (const { word, known } of checks) {
        if (known) {
          corrected.push(word);
          continue;
        }
        corrected.push((await repository.closestWord(manager, word)) ?? word);
      }
      return corrected.join(' ');
    });
  }

  private validCode(code: string, field: string): string {
    const parsed = tryParseRegionCode(code);
    if (typeof parsed === 'string') throw new RegionError(RegionErrorCode.INVALID_CODE, { code: code.slice(0, 40) }, field);
    return parsed.code;
  }
}
