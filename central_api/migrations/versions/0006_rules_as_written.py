"""rules as written (issue 10): identity document of candidates; vehicles of other owners

Revision ID: i10_rules
Revises: 0004
Create Date: 2026-11-30 23:55:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'i10_rules'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('exam_candidate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('id_type', sa.String(length=16), server_default='resident_id', nullable=False))

    with op.batch_alter_table('user_vehicle', schema=None) as batch_op:
        batch_op.add_column(sa.Column('own', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('consent_way', sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column('consent_ref', sa.String(length=64), nullable=True))
        batch_op.drop_constraint(op.f('uq_user_vehicle_vehicle_id'), type_='unique')
        batch_op.create_unique_constraint(op.f('uq_user_vehicle_user_vehicle'), ['user_id', 'vehicle_id'])
        batch_op.create_index(batch_op.f('ix_user_vehicle_vehicle_id'), ['vehicle_id'], unique=False)
        batch_op.create_check_constraint(
            op.f('ck_user_vehicle_consent_given'), "own OR consent_way IN ('owner_present', 'signed_authorisation')")


def downgrade() -> None:
    with op.batch_alter_table('user_vehicle', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_user_vehicle_consent_given'), type_='check')
        batch_op.drop_index(batch_op.f('ix_user_vehicle_vehicle_id'))
        batch_op.drop_constraint(op.f('uq_user_vehicle_user_vehicle'), type_='unique')
        batch_op.create_unique_constraint(op.f('uq_user_vehicle_vehicle_id'), ['vehicle_id'])
        batch_op.drop_column('consent_ref')
        batch_op.drop_column('consent_way')
        batch_op.drop_column('own')

    with op.batch_alter_table('exam_candidate', schema=None) as batch_op:
        batch_op.drop_column('id_type')
