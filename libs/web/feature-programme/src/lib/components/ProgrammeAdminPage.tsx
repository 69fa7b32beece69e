import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorMessage, type Indicator, type ProgrammeFrameworkFieldsFragment, type ProgrammeItemFieldsFragment } from '@jangkau/web-data-access';
import { formatCalendarDate, useTranslation } from '@jangkau/web-i18n';
import { DataTable, EmptyState, useQueryState } from '@jangkau/web-ui';
import { CreateProgrammeFrameworkMutation } from '../graphql/createProgrammeFramework.mutation';
import { CreateProgrammeItemMutation } from '../graphql/createProgrammeItem.mutation';
import { ProgrammeAdminQuery } from '../graphql/programmeAdmin.query';
import { UpdateProgrammeFrameworkMutation } from '../graphql/updateProgrammeFramework.mutation';
import { UpdateProgrammeItemMutation } from '../graphql/updateProgrammeItem.mutation';

export const INDICATORS: Indicator[] = ['ACTIVITIES', 'VILLAGES_REACHED', 'COVERAGE_RATIO', 'PARTICIPANTS', 'OFFICIALS_REACHED', 'DESA_BINAAN_FORMED'];

type Editing = { kind: 'framework'; framework: ProgrammeFrameworkFieldsFragment | null } | { kind: 'item'; frameworkId: string; item: ProgrammeItemFieldsFragment | null };

/** /admin/program — programme frameworks and their numbered items with indicators (administrators). */
export function ProgrammeAdminPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProgrammeAdminQuery);
  const [editing, setEditing] = useState<Editing | null>(null);
  const state = useQueryState({ loading, error, data, describeError: (e) => errorMessage(e, t), onRetry: () => void refetch(), loadingRows: 6, errorHidesData: true, missingIsError: true });
  if (state || !data) return state;
  const done = () => setEditing(null);

  return (
    <section className="admin programme-admin">
      <div className="admin__head">
        <h1>{t('programme.admin.title')}</h1>
        <button type="button" className="button" onClick={() => setEditing({ kind: 'framework', framework: null })}>
          {t('programme.admin.newFramework')}
        </button>
      </div>
      <p className="muted">{t('programme.admin.intro')}</p>
      {editing?.kind === 'framework' && !editing.framework && <FrameworkForm key="new" framework={null} onDone={done} />}
      {data.programmeFrameworks.length === 0 && <EmptyState title={t('programme.admin.empty')} />}
      {data.programmeFrameworks.map((framework) => (
        <article key={framework.id} className="programme-framework" aria-labelledby={`framework-${framework.id}`}>
          <div className="admin__head">
            <h2 id={`framework-${framework.id}`}>{framework.name}</h2>
            <button type="button" className="link-button" onClick={() => setEditing({ kind: 'framework', framework })}>
              {t('programme.admin.editFramework')}
            </button>
          </div>
          <p className="muted">{t('programme.admin.validity', { from: formatCalendarDate(framework.validFrom), to: formatCalendarDate(framework.validTo) })}</p>
          {editing?.kind === 'framework' && editing.framework?.id === framework.id && <FrameworkForm key={framework.id} framework={framework} onDone={done} />}
          {framework.items.length === 0 ? (
            <p className="muted">{t('programme.admin.noItems')}</p>
          ) : (
            <DataTable
              rows={framework.items}
              rowKey={(item) => item.id}
              columns={[
                { key: 'number', header: t('programme.admin.number'), align: 'end', cell: (item) => item.number },
                { key: 'title', header: t('programme.admin.itemTitle'), cell: (item) => item.title },
                {
                  key: 'indicators',
                  header: t('programme.admin.indicators'),
                  cell: (item) =>
                    item.indicators.length ? (
                      <ul className="chips">
                        {item.indicators.map((indicator) => (
                          <li key={indicator} className="chip">
                            {t(`programme.indicator.${indicator}`)}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">{t('programme.admin.noIndicators')}</span>
                    ),
                },
                {
                  key: 'edit',
                  header: <span className="visually-hidden">{t('programme.desaBinaan.edit')}</span>,
                  cell: (item) => (
                    <button type="button" className="link-button" onClick={() => setEditing({ kind: 'item', frameworkId: framework.id, item })}>
                      {t('programme.admin.editItem', { number: item.number })}
                    </button>
                  ),
                },
              ]}
            />
          )}
          {editing?.kind === 'item' && editing.frameworkId === framework.id ? (
            <ItemForm key={editing.item?.id ?? 'new'} frameworkId={framework.id} item={editing.item} onDone={done} />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'item', frameworkId: framework.id, item: null })}>
              {t('programme.admin.newItem')}
            </button>
          )}
        </article>
      ))}
    </section>
  );
}

function FrameworkForm({ framework, onDone }: { framework: ProgrammeFrameworkFieldsFragment | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(framework?.name ?? '');
  const [validFrom, setValidFrom] = useState(framework?.validFrom ?? '');
  const [validTo, setValidTo] = useState(framework?.validTo ?? '');
  const [error, setError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateProgrammeFrameworkMutation, { refetchQueries: [ProgrammeAdminQuery] });
  const [update, updating] = useMutation(UpdateProgrammeFrameworkMutation);
  const title = framework ? t('programme.admin.editFramework') : t('programme.admin.newFramework');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = { name, validFrom, validTo };
    try {
      if (framework) await update({ variables: { id: framework.id, version: framework.version, input } });
      else await create({ variables: { input } });
      onDone();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <form className="form form--panel" onSubmit={(e) => void submit(e)} aria-label={title}>
      <h3>{title}</h3>
      <label className="field">
        <span>{t('programme.admin.name')}</span>
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('programme.admin.validFrom')}</span>
        <input required type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('programme.admin.validTo')}</span>
        <input required type="date" min={validFrom || undefined} value={validTo} onChange={(e) => setValidTo(e.target.value)} />
      </label>
      <FormFooter error={error} busy={creating.loading || updating.loading} onCancel={onDone} />
    </form>
  );
}

function ItemForm({ frameworkId, item, onDone }: { frameworkId: string; item: ProgrammeItemFieldsFragment | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(item ? String(item.number) : '');
  const [title, setTitle] = useState(item?.title ?? '');
  const [indicators, setIndicators] = useState<Indicator[]>(item?.indicators ?? []);
  const [error, setError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateProgrammeItemMutation, { refetchQueries: [ProgrammeAdminQuery] });
  const [update, updating] = useMutation(UpdateProgrammeItemMutation);
  const label = item ? t('programme.admin.editItem', { number: item.number }) : t('programme.admin.newItem');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = { number: Number(number), title, indicators };
    try {
      if (item) await update({ variables: { id: item.id, version: item.version, input } });
      else await create({ variables: { frameworkId, input } });
      onDone();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <form className="form form--panel" onSubmit={(e) => void submit(e)} aria-label={label}>
      <h3>{label}</h3>
      <label className="field">
        <span>{t('programme.admin.number')}</span>
        <input required type="number" min={1} max={99} step={1} inputMode="numeric" value={number} onChange={(e) => setNumber(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('programme.admin.itemTitle')}</span>
        <textarea required maxLength={500} rows={2} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset className="fieldset">
        <legend>{t('programme.admin.indicators')}</legend>
        {INDICATORS.map((indicator) => (
          <label key={indicator} className="field field--inline">
            <input
              type="checkbox"
              checked={indicators.includes(indicator)}
              onChange={(e) => setIndicators(e.target.checked ? [...indicators, indicator] : indicators.filter((i) => i !== indicator))}
            />
            <span>{t(`programme.indicator.${indicator}`)}</span>
          </label>
        ))}
      </fieldset>
      <FormFooter error={error} busy={creating.loading || updating.loading} onCancel={onDone} />
    </form>
  );
}

function FormFooter({ error, busy, onCancel }: { error: string | null; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('programme.admin.save')}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('programme.admin.cancel')}
        </button>
      </div>
    </>
  );
}
