"""The live board names the enrolled PC (issues 11, 14): each heartbeat row points at the `device`
whose token sent it.

Revision ID: h1a_board_device
Revises: i12b_console
"""
from alembic import op
import sqlalchemy as sa


revision = 'h1a_board_device'
down_revision = 'i12b_console'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('counter_device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('enrolled_device_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_counter_device_enrolled_device_id_device'), 'device',
                                    ['enrolled_device_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('counter_device', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_counter_device_enrolled_device_id_device'), type_='foreignkey')
        batch_op.drop_column('enrolled_device_id')
