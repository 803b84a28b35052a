"""plates: segments, the pool, internet selections, reservations, the blacklist

Revision ID: 0003
Revises: 0005 (main's registration migration; the brief said 0002)
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plate_segment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('prefix', sa.String(length=4), nullable=False),
    sa.Column('pattern', sa.String(length=8), nullable=False),
    sa.Column('first_plate', sa.String(length=16), nullable=False),
    sa.Column('last_plate', sa.String(length=16), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('random_only_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plate_segment')),
    sa.UniqueConstraint('prefix', 'pattern', name='uq_plate_segment_prefix_pattern'),
    sa.UniqueConstraint('sequence', name=op.f('uq_plate_segment_sequence'))
    )
    op.create_table('plate_selection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('owner_name', sa.String(length=32), nullable=False),
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('vehicle_type', sa.String(length=16), nullable=False),
    sa.Column('vehicle_use', sa.String(length=16), nullable=False),
    sa.Column('invoice_code', sa.String(length=12), nullable=False),
    sa.Column('invoice_number', sa.String(length=20), nullable=False),
    sa.Column('invoice_photo_sha256', sa.String(length=64), nullable=False),
    sa.Column('invoice_photo_bytes', sa.Integer(), nullable=False),
    sa.Column('invoice_photo_type', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('custom_used', sa.Integer(), nullable=False),
    sa.Column('draws_used', sa.Integer(), nullable=False),
    sa.Column('custom_closed', sa.Boolean(), nullable=False),
    sa.Column('hold_kind', sa.String(length=8), nullable=True),
    sa.Column('hold_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plate_selection'))
    )
    with op.batch_alter_table('plate_selection', schema=None) as batch_op:
        batch_op.create_index('ix_plate_selection_person_created', ['id_number', 'created_at'], unique=False)
        batch_op.create_index('ix_plate_selection_status_hold', ['status', 'hold_expires_at'], unique=False)
        batch_op.create_index('uq_plate_selection_open_person', ['id_number'], unique=True, sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))
        batch_op.create_index('uq_plate_selection_open_vin', ['vin'], unique=True, sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))

    op.create_table('plate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('rand_key', sa.Integer(), nullable=False),
    sa.Column('selection_id', sa.Integer(), nullable=True),
    sa.Column('hold_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("(state = 'held' AND selection_id IS NOT NULL AND hold_expires_at IS NOT NULL) OR (state <> 'held' AND selection_id IS NULL AND hold_expires_at IS NULL)", name=op.f('ck_plate_held_by_selection')),
    sa.CheckConstraint("state IN ('available', 'held', 'reserved', 'confirmed', 'issued')", name=op.f('ck_plate_state')),
    sa.ForeignKeyConstraint(['segment_id'], ['plate_segment.id'], name=op.f('fk_plate_segment_id_plate_segment')),
    sa.ForeignKeyConstraint(['selection_id'], ['plate_selection.id'], name=op.f('fk_plate_selection_id_plate_selection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plate')),
    sa.UniqueConstraint('number', name=op.f('uq_plate_number'))
    )
    with op.batch_alter_table('plate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plate_selection_id'), ['selection_id'], unique=False)
        batch_op.create_index('ix_plate_state_rand_key', ['state', 'rand_key'], unique=False)

    op.create_table('plate_reservation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plate_id', sa.Integer(), nullable=False),
    sa.Column('plate_number', sa.String(length=16), nullable=False),
    sa.Column('selection_id', sa.Integer(), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('owner_name', sa.String(length=32), nullable=False),
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('notice_code', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('chosen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('confirmed_by', sa.Integer(), nullable=True),
    sa.Column('confirmed_station_id', sa.Integer(), nullable=True),
    sa.Column('document_checked', sa.String(length=32), nullable=True),
    sa.Column('delivery_way', sa.String(length=32), nullable=True),
    sa.Column('delivery_station_id', sa.Integer(), nullable=True),
    sa.Column('postal_address', sa.String(length=128), nullable=True),
    sa.Column('fee_yuan', sa.Integer(), nullable=True),
    sa.Column('ready_date', sa.Date(), nullable=True),
    sa.Column('expired_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('reserved', 'confirmed', 'expired')", name=op.f('ck_plate_reservation_status')),
    sa.ForeignKeyConstraint(['confirmed_by'], ['account.id'], name=op.f('fk_plate_reservation_confirmed_by_account')),
    sa.ForeignKeyConstraint(['confirmed_station_id'], ['station.id'], name=op.f('fk_plate_reservation_confirmed_station_id_station')),
    sa.ForeignKeyConstraint(['delivery_station_id'], ['station.id'], name=op.f('fk_plate_reservation_delivery_station_id_station')),
    sa.ForeignKeyConstraint(['plate_id'], ['plate.id'], name=op.f('fk_plate_reservation_plate_id_plate')),
    sa.ForeignKeyConstraint(['selection_id'], ['plate_selection.id'], name=op.f('fk_plate_reservation_selection_id_plate_selection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plate_reservation')),
    sa.UniqueConstraint('notice_code', name=op.f('uq_plate_reservation_notice_code')),
    sa.UniqueConstraint('selection_id', name=op.f('uq_plate_reservation_selection_id'))
    )
    with op.batch_alter_table('plate_reservation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plate_reservation_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_plate_reservation_plate_number'), ['plate_number'], unique=False)
        batch_op.create_index('ix_plate_reservation_status_deadline', ['status', 'deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_plate_reservation_vin'), ['vin'], unique=False)
        batch_op.create_index('uq_plate_reservation_active_plate', ['plate_id'], unique=True, sqlite_where=sa.text("status IN ('reserved', 'confirmed')"), postgresql_where=sa.text("status IN ('reserved', 'confirmed')"))
        batch_op.create_index('uq_plate_reservation_active_vin', ['vin'], unique=True, sqlite_where=sa.text("status IN ('reserved', 'confirmed')"), postgresql_where=sa.text("status IN ('reserved', 'confirmed')"))

    op.create_table('plate_blacklist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('owner_name', sa.String(length=32), nullable=False),
    sa.Column('reservation_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=128), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('lifted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lifted_by', sa.String(length=32), nullable=True),
    sa.Column('lift_reason', sa.String(length=128), nullable=True),
    sa.ForeignKeyConstraint(['reservation_id'], ['plate_reservation.id'], name=op.f('fk_plate_blacklist_reservation_id_plate_reservation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plate_blacklist')),
    sa.UniqueConstraint('reservation_id', name=op.f('uq_plate_blacklist_reservation_id'))
    )
    with op.batch_alter_table('plate_blacklist', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plate_blacklist_id_number'), ['id_number'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('plate_blacklist', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plate_blacklist_id_number'))

    op.drop_table('plate_blacklist')
    with op.batch_alter_table('plate_reservation', schema=None) as batch_op:
        batch_op.drop_index('uq_plate_reservation_active_vin', sqlite_where=sa.text("status IN ('reserved', 'confirmed')"), postgresql_where=sa.text("status IN ('reserved', 'confirmed')"))
        batch_op.drop_index('uq_plate_reservation_active_plate', sqlite_where=sa.text("status IN ('reserved', 'confirmed')"), postgresql_where=sa.text("status IN ('reserved', 'confirmed')"))
        batch_op.drop_index(batch_op.f('ix_plate_reservation_vin'))
        batch_op.drop_index('ix_plate_reservation_status_deadline')
        batch_op.drop_index(batch_op.f('ix_plate_reservation_plate_number'))
        batch_op.drop_index(batch_op.f('ix_plate_reservation_id_number'))

    op.drop_table('plate_reservation')
    with op.batch_alter_table('plate', schema=None) as batch_op:
        batch_op.drop_index('ix_plate_state_rand_key')
        batch_op.drop_index(batch_op.f('ix_plate_selection_id'))

    op.drop_table('plate')
    with op.batch_alter_table('plate_selection', schema=None) as batch_op:
        batch_op.drop_index('uq_plate_selection_open_vin', sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))
        batch_op.drop_index('uq_plate_selection_open_person', sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))
        batch_op.drop_index('ix_plate_selection_status_hold')
        batch_op.drop_index('ix_plate_selection_person_created')

    op.drop_table('plate_selection')
    op.drop_table('plate_segment')
