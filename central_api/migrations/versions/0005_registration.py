"""registration

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-25 09:13:55.309978
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('licence_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('licence_class', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('mobile', sa.String(length=11), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_licence_record')),
    sa.UniqueConstraint('id_number', name=op.f('uq_licence_record_id_number'))
    )
    op.create_table('vehicle_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('plate', sa.String(length=10), nullable=True),
    sa.Column('owner_kind', sa.String(length=8), nullable=False),
    sa.Column('owner_id_number', sa.String(length=18), nullable=False),
    sa.Column('owner_name', sa.String(length=64), nullable=False),
    sa.Column('mobile', sa.String(length=11), nullable=False),
    sa.Column('vehicle_type', sa.String(length=16), nullable=False),
    sa.Column('use_nature', sa.String(length=16), nullable=False),
    sa.Column('brand', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicle_record')),
    sa.UniqueConstraint('plate', name=op.f('uq_vehicle_record_plate')),
    sa.UniqueConstraint('vin', name=op.f('uq_vehicle_record_vin'))
    )
    with op.batch_alter_table('vehicle_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vehicle_record_owner_id_number'), ['owner_id_number'], unique=False)

    op.create_table('internet_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('registration_no', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('user_type', sa.String(length=16), nullable=True),
    sa.Column('id_type', sa.String(length=16), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('mobile', sa.String(length=11), nullable=False),
    sa.Column('address', sa.String(length=128), nullable=True),
    sa.Column('agent_name', sa.String(length=32), nullable=True),
    sa.Column('agent_id_number', sa.String(length=18), nullable=True),
    sa.Column('authorisation_ref', sa.String(length=64), nullable=True),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('face_signed', sa.Boolean(), nullable=False),
    sa.Column('face_signed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('face_signed_station_id', sa.Integer(), nullable=True),
    sa.Column('binding_limit', sa.Integer(), nullable=False),
    sa.Column('binding_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('binding_count >= 0 AND binding_count <= binding_limit', name=op.f('ck_internet_user_binding_within_limit')),
    sa.ForeignKeyConstraint(['face_signed_station_id'], ['station.id'], name=op.f('fk_internet_user_face_signed_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internet_user')),
    sa.UniqueConstraint('id_type', 'id_number', name='uq_internet_user_id_type_id_number'),
    sa.UniqueConstraint('registration_no', name=op.f('uq_internet_user_registration_no'))
    )
    op.create_table('user_vehicle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('bound_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['internet_user.id'], name=op.f('fk_user_vehicle_user_id_internet_user')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle_record.id'], name=op.f('fk_user_vehicle_vehicle_id_vehicle_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_vehicle')),
    sa.UniqueConstraint('vehicle_id', name=op.f('uq_user_vehicle_vehicle_id'))
    )
    with op.batch_alter_table('user_vehicle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_vehicle_user_id'), ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('user_vehicle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_vehicle_user_id'))

    op.drop_table('user_vehicle')
    op.drop_table('internet_user')
    with op.batch_alter_table('vehicle_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vehicle_record_owner_id_number'))

    op.drop_table('vehicle_record')
    op.drop_table('licence_record')
