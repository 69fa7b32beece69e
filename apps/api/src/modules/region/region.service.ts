import {
  DEFAULT_SEARCH_RESULTS,
  MAX_SEARCH_QUERY_LENGTH,
  MAX_SEARCH_RESULTS,
  normalizeSearchText,
  tryParseRegionCode,
} from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { SearchRegionsArgs } from './dto/search-regions.args';
import { RegionDataVersionEntity, RegionEntity } from './region.entity';
import { RegionError, RegionErrorCode } from './region.errors';
import { RegionCounts } from './models/region.model';

/** The columns of RegionEntity under their property names, for raw queries. */
const SELECT_REGION = `r.code, r.name, r.level, r.depth, r.parent_code AS "parentCode", r.name_search AS "nameSearch",
  r.kabupaten_count AS "kabupatenCount", r.kota_count AS "kotaCount", r.kecamatan_count AS "kecamatanCount",
  r.desa_count AS "desaCount", r.kelurahan_count AS "kelurahanCount", r.desa_adat_count AS "desaAdatCount",
  r.village_count AS "villageCount"`;

/** Queries shorter than this match by prefix only: trigrams need three characters to narrow anything down. */
const MIN_SUBSTRING_QUERY = 3;

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
    const [row] = await this.dataSource.query(`
      SELECT count(*)::int AS provinsi, coalesce(sum(kabupaten_count), 0)::int AS kabupaten, coalesce(sum(kota_count), 0)::int AS kota,
        coalesce(sum(kecamatan_count), 0)::int AS kecamatan, coalesce(sum(desa_count), 0)::int AS desa,
        coalesce(sum(kelurahan_count), 0)::int AS kelurahan, coalesce(sum(desa_adat_count), 0)::int AS "desaAdat",
        coalesce(sum(village_count), 0)::int AS villages
      FROM regions WHERE depth = 1`);
    return row;
  }

  latestDataVersion(): Promise<RegionDataVersionEntity | null> {
    return this.dataSource.getRepository(RegionDataVersionEntity).findOne({ where: {}, order: { id: 'DESC' } });
  }

  /**
   * Case-, accent- and punctuation-insensitive name search. Ranking: exact name, then name prefix, then a word
   * inside the name starting with the query, then any substring; within each, provinsi before kabupaten/kota
   * before kecamatan before villages, then by trigram similarity. "Kabupaten"/"Kota" in front of a name are
   * ignored for exact and prefix matches, so "merangin" finds Kabupaten Merangin as an exact match. When nothing
   * contains the query, near spellings (trigram similarity) are offered instead.
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
    const level = args.level ?? null;

    const params = [query, level, within, first];
    const filters = `($2::region_level IS NULL OR r.level = $2::region_level) AND ($3::text IS NULL OR r.code LIKE $3 || '.%')`;
    const rows: RegionEntity[] = await this.runSearch(
      query.length < MIN_SUBSTRING_QUERY
        ? `(r.name_search LIKE $1 || '%' OR r.name_search LIKE 'kabupaten ' || $1 || '%' OR r.name_search LIKE 'kota ' || $1 || '%')`
        : `r.name_search LIKE '%' || $1 || '%'`,
      filters,
      params,
    );
    if (rows.length > 0 || query.length < MIN_SUBSTRING_QUERY) return rows;
    return this.runSearch(`r.name_search % $1`, filters, params);
  }

  private async runSearch(match: string, filters: string, params: unknown[]): Promise<RegionEntity[]> {
    return this.dataSource.query(
      `SELECT ${SELECT_REGION}
       FROM (
         SELECT r.*, CASE WHEN r.depth = 2 THEN regexp_replace(r.name_search, '^(kabupaten|kota) ', '') ELSE r.name_search END AS name_key
         FROM regions r
         WHERE ${match} AND ${filters}
       ) r
       ORDER BY
         CASE
           WHEN $1 IN (r.name_key, r.name_search) THEN 0
           WHEN r.name_key LIKE $1 || '%' OR r.name_search LIKE $1 || '%' THEN 1
           WHEN ' ' || r.name_search LIKE '% ' || $1 || '%' THEN 2
           ELSE 3
         END,
         r.depth,
         similarity(r.name_key, $1) DESC,
         r.name,
         r.code
       LIMIT $4`,
      params,
    );
  }

  private validCode(code: string, field: string): string {
    const parsed = tryParseRegionCode(code);
    if (typeof parsed === 'string') throw new RegionError(RegionErrorCode.INVALID_CODE, { code: code.slice(0, 40) }, field);
    return parsed.code;
  }
}

