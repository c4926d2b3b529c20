"""The whole candidature: grappe details, governance, self-diagnostics, needs, budget, planning,
communication, partners and attached documents.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('comm_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('audience', sa.String(length=30), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('comm_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comm_action_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('informed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('copil_role', sa.String(length=20), nullable=False),
    sa.Column('coproj_role', sa.String(length=20), nullable=False),
    sa.Column('project_lead', sa.Boolean(), nullable=False),
    sa.Column('fte', sa.Float(), nullable=True),
    sa.Column('skills', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('plan_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('phase', sa.String(length=100), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('milestone', sa.Boolean(), nullable=False),
    sa.Column('depends_on', sa.JSON(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('wave', sa.Integer(), nullable=True),
    sa.Column('wave_essms', sa.JSON(), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_task_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('diagnostic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('og_id', sa.Integer(), nullable=False),
    sa.Column('variant', sa.String(length=20), nullable=False),
    sa.Column('questionnaire_id', sa.String(length=60), nullable=False),
    sa.Column('questionnaire_version', sa.String(length=20), nullable=False),
    sa.Column('respondent', sa.String(length=200), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['og_id'], ['og.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('og_id')
    )
    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('og_id', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['og_id'], ['og.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_og_id'), ['og_id'], unique=False)

    op.create_table('need',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('audience', sa.String(length=200), nullable=False),
    sa.Column('people', sa.Integer(), nullable=True),
    sa.Column('days', sa.Float(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('unit_cost', sa.Integer(), nullable=False),
    sa.Column('essms_id', sa.Integer(), nullable=True),
    sa.Column('equipment_type', sa.String(length=60), nullable=False),
    sa.Column('from_action', sa.String(length=60), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['essms_id'], ['essms.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_need_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_essms_id'), ['essms_id'], unique=False)

    op.create_table('budget_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('funder', sa.String(length=200), nullable=False),
    sa.Column('quote_ref', sa.String(length=200), nullable=False),
    sa.Column('need_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['need_id'], ['need.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_line_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_budget_line_need_id'), ['need_id'], unique=False)

    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('filing_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('national_reach', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('dui_software', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('dui_editor', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('dui_segur_referenced', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('services_socles', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('referentials', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('commit_ror', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('earlier_wave', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('rib_holder', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('rib_iban', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('rib_bic', sa.String(length=11), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('presentation', sa.JSON(), nullable=False, server_default='{}'))

    with op.batch_alter_table('essms', schema=None) as batch_op:
        batch_op.add_column(sa.Column('category_label', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('sector_override', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('address', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('postcode', sa.String(length=10), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('town', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('dui_kind', sa.String(length=20), nullable=False, server_default='none'))
        batch_op.add_column(sa.Column('dui_software', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('dui_version', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sons_ordered', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('sons_software', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('already_funded', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('funded_software', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('confort_services', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('isolated', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('referent_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_essms_referent_id'), ['referent_id'], unique=False)
        batch_op.create_foreign_key('fk_essms_referent_id_person', 'person', ['referent_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('og', schema=None) as batch_op:
        batch_op.add_column(sa.Column('siret', sa.String(length=14), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('legal_status', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('address', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_name', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_email', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contact_phone', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('has_rsi', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('dpo_designated', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('rgpd_status', sa.String(length=20), nullable=False, server_default='not_started'))
        batch_op.add_column(sa.Column('it_charter', sa.String(length=20), nullable=False, server_default='not_started'))
        batch_op.add_column(sa.Column('national_entity', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('national_agreement', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('funding_equipment', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('funding_amoa_purchasing', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('funding_amoa_piloting', sa.Boolean(), nullable=False, server_default=sa.false()))



def downgrade() -> None:
    with op.batch_alter_table("og", schema=None) as batch_op:
        batch_op.drop_column("siret")
        batch_op.drop_column("legal_status")
        batch_op.drop_column("address")
        batch_op.drop_column("contact_name")
        batch_op.drop_column("contact_email")
        batch_op.drop_column("contact_phone")
        batch_op.drop_column("has_rsi")
        batch_op.drop_column("dpo_designated")
        batch_op.drop_column("rgpd_status")
        batch_op.drop_column("it_charter")
        batch_op.drop_column("national_entity")
        batch_op.drop_column("national_agreement")
        batch_op.drop_column("funding_equipment")
        batch_op.drop_column("funding_amoa_purchasing")
        batch_op.drop_column("funding_amoa_piloting")
    with op.batch_alter_table("essms", schema=None) as batch_op:
        batch_op.drop_constraint("fk_essms_referent_id_person", type_="foreignkey")
        batch_op.drop_index("ix_essms_referent_id")
        batch_op.drop_column("category_label")
        batch_op.drop_column("sector_override")
        batch_op.drop_column("address")
        batch_op.drop_column("postcode")
        batch_op.drop_column("town")
        batch_op.drop_column("dui_kind")
        batch_op.drop_column("dui_software")
        batch_op.drop_column("dui_version")
        batch_op.drop_column("sons_ordered")
        batch_op.drop_column("sons_software")
        batch_op.drop_column("already_funded")
        batch_op.drop_column("funded_software")
        batch_op.drop_column("confort_services")
        batch_op.drop_column("isolated")
        batch_op.drop_column("referent_id")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("filing_date")
        batch_op.drop_column("national_reach")
        batch_op.drop_column("dui_software")
        batch_op.drop_column("dui_editor")
        batch_op.drop_column("dui_segur_referenced")
        batch_op.drop_column("services_socles")
        batch_op.drop_column("referentials")
        batch_op.drop_column("commit_ror")
        batch_op.drop_column("earlier_wave")
        batch_op.drop_column("rib_holder")
        batch_op.drop_column("rib_iban")
        batch_op.drop_column("rib_bic")
        batch_op.drop_column("presentation")
    op.drop_table("budget_line")
    op.drop_table("need")
    op.drop_table("document")
    op.drop_table("diagnostic")
    op.drop_table("plan_task")
    op.drop_table("person")
    op.drop_table("partner")
    op.drop_table("comm_action")
