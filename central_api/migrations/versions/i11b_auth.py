"""Authentication (issue 11): sign-in throttling in the database, password history and age,
enrolled counter PCs and their sign-in challenges, the reason a token was revoked.

Revision ID: i11b_auth
Revises: 0006_article_services
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = 'i11b_auth'
down_revision = 'i11a_security'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('login_throttle',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('window_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('unaudited', sa.Integer(), nullable=False),
    sa.Column('audited_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_login_throttle'))
    )
    op.create_table('password_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('set_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_password_history_account_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_password_history'))
    )
    with op.batch_alter_table('password_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_password_history_account_id'), ['account_id'], unique=False)
    op.create_table('device',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=True),
    sa.Column('code_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['approved_by'], ['account.id'], name=op.f('fk_device_approved_by_account')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_device_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device')),
    sa.UniqueConstraint('code_hash', name=op.f('uq_device_code_hash')),
    sa.UniqueConstraint('public_key', name=op.f('uq_device_public_key'))
    )
    op.create_table('auth_challenge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('challenge_hash', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_auth_challenge_device_id_device')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_challenge')),
    sa.UniqueConstraint('challenge_hash', name=op.f('uq_auth_challenge_challenge_hash'))
    )
    with op.batch_alter_table('auth_challenge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_challenge_device_id'), ['device_id'], unique=False)
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('auth_token', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revoked_reason', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('device_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_auth_token_device_id_device'), 'device', ['device_id'], ['id'])
    # Existing accounts' 90 days start now (their passwords' age is unknown).
    account = sa.table('account', sa.column('password_changed_at', sa.DateTime(timezone=True)))
    op.execute(account.update().values(password_changed_at=datetime.now(timezone.utc)))


def downgrade() -> None:
    with op.batch_alter_table('auth_token', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_auth_token_device_id_device'), type_='foreignkey')
        batch_op.drop_column('device_id')
        batch_op.drop_column('revoked_reason')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('password_changed_at')
    with op.batch_alter_table('auth_challenge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_challenge_device_id'))
    op.drop_table('auth_challenge')
    op.drop_table('device')
    with op.batch_alter_table('password_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_password_history_account_id'))
    op.drop_table('password_history')
    op.drop_table('login_throttle')
