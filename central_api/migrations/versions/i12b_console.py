"""The supervisor's console and the live board (issue 12): accounts that must change their
password at the next sign-in, the SMS outbox's delivery state, and each counter PC's heartbeat.

Revision ID: i12b_console
Revises: 0006_article_services
"""
from alembic import op
import sqlalchemy as sa


revision = 'i12b_console'
down_revision = 'i11b_auth'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
    with op.batch_alter_table('sms_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.String(length=16), server_default='queued', nullable=False))
        batch_op.add_column(sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('error', sa.String(length=255), nullable=True))
    op.create_table('counter_device',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('hostname', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('version', sa.String(length=32), nullable=False),
    sa.Column('pending_writes', sa.Integer(), nullable=False),
    sa.Column('refused_writes', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_counter_device_station_id_station')),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_counter_device'))
    )
    with op.batch_alter_table('counter_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counter_device_station_id'), ['station_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('counter_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counter_device_station_id'))
    op.drop_table('counter_device')
    with op.batch_alter_table('sms_outbox', schema=None) as batch_op:
        batch_op.drop_column('error')
        batch_op.drop_column('sent_at')
        batch_op.drop_column('state')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('must_change_password')
