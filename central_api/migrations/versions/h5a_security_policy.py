"""The security policy edited by the security administrator (issue 11, item 17): one row; while
it is absent the environment's values are the policy.

Revision ID: h5a_security_policy
Revises: h1a_board_device
"""
from alembic import op
import sqlalchemy as sa


revision = 'h5a_security_policy'
down_revision = 'h1a_board_device'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('security_policy',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('max_failed_logins', sa.Integer(), nullable=False),
    sa.Column('lockout_minutes', sa.Integer(), nullable=False),
    sa.Column('max_failed_logins_per_address', sa.Integer(), nullable=False),
    sa.Column('password_max_age_days', sa.Integer(), nullable=False),
    sa.Column('password_history', sa.Integer(), nullable=False),
    sa.Column('token_ttl_minutes', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=32), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_security_policy_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_security_policy'))
    )


def downgrade() -> None:
    op.drop_table('security_policy')
