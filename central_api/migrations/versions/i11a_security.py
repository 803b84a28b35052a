"""Security (issue 11): the audit trail's hash chain (audit_chain, append-only like audit_log).

Revision ID: i11a_security
Revises: 0006_article_services
Create Date: 2026-12-01 03:05:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'i11a_security'
down_revision = '0006_article_services'
branch_labels = None
depends_on = None

APPEND_ONLY_SQLITE = [
    """CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain
       BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END""",
    """CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
       BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END""",
]
# audit_log_append_only() comes from 0001.
APPEND_ONLY_POSTGRESQL = [
    """CREATE TRIGGER audit_chain_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain
       FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
]


def upgrade() -> None:
    op.create_table('audit_chain',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['audit_log.id'], name=op.f('fk_audit_chain_audit_id_audit_log')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_chain')),
    sa.UniqueConstraint('audit_id', name=op.f('uq_audit_chain_audit_id'))
    )
    dialect = op.get_bind().dialect.name
    for statement in APPEND_ONLY_POSTGRESQL if dialect == "postgresql" else APPEND_ONLY_SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_chain_no_change ON audit_chain")
    op.drop_table('audit_chain')
