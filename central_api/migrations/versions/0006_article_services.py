"""The article's other services (issue 15): inspection-exempt labels, camera violations and
their payments, points study; stations that hand out labels (can_issue_labels).

Revision ID: 0006_article_services
Revises: 0004
Create Date: 2026-11-30 23:47:29.449794
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_article_services'
down_revision = 'i10_rules'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('driver_points',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('licence_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('study_completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sms_queued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_station_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['licence_id'], ['licence_record.id'], name=op.f('fk_driver_points_licence_id_licence_record')),
    sa.ForeignKeyConstraint(['reviewed_station_id'], ['station.id'], name=op.f('fk_driver_points_reviewed_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_driver_points')),
    sa.UniqueConstraint('licence_id', name=op.f('uq_driver_points_licence_id'))
    )
    op.create_table('study_sitting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('licence_id', sa.Integer(), nullable=False),
    sa.Column('platform_ref', sa.String(length=40), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('counted_minutes', sa.Integer(), nullable=False),
    sa.Column('photo_matched', sa.Boolean(), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['licence_id'], ['licence_record.id'], name=op.f('fk_study_sitting_licence_id_licence_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_study_sitting')),
    sa.UniqueConstraint('platform_ref', name=op.f('uq_study_sitting_platform_ref'))
    )
    with op.batch_alter_table('study_sitting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_sitting_licence_id'), ['licence_id'], unique=False)

    op.create_table('study_test',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('licence_id', sa.Integer(), nullable=False),
    sa.Column('platform_ref', sa.String(length=40), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answer_seconds', sa.JSON(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('photo_matched', sa.Boolean(), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['licence_id'], ['licence_record.id'], name=op.f('fk_study_test_licence_id_licence_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_study_test')),
    sa.UniqueConstraint('platform_ref', name=op.f('uq_study_test_platform_ref'))
    )
    with op.batch_alter_table('study_test', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_test_licence_id'), ['licence_id'], unique=False)

    op.create_table('traffic_accident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=64), nullable=False),
    sa.Column('description', sa.String(length=128), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle_record.id'], name=op.f('fk_traffic_accident_vehicle_id_vehicle_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_traffic_accident'))
    )
    with op.batch_alter_table('traffic_accident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_traffic_accident_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('traffic_violation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('description', sa.String(length=128), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('fine_yuan', sa.Integer(), nullable=False),
    sa.Column('simple_procedure', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('licence_number', sa.String(length=18), nullable=True),
    sa.Column('driver_name', sa.String(length=32), nullable=True),
    sa.Column('decision_number', sa.String(length=20), nullable=True),
    sa.Column('handled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('handled_channel', sa.String(length=16), nullable=True),
    sa.Column('handled_station_id', sa.Integer(), nullable=True),
    sa.Column('referred_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('referred_reason', sa.String(length=255), nullable=True),
    sa.ForeignKeyConstraint(['handled_station_id'], ['station.id'], name=op.f('fk_traffic_violation_handled_station_id_station')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle_record.id'], name=op.f('fk_traffic_violation_vehicle_id_vehicle_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_traffic_violation')),
    sa.UniqueConstraint('decision_number', name=op.f('uq_traffic_violation_decision_number'))
    )
    with op.batch_alter_table('traffic_violation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_traffic_violation_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('vehicle_insurance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('policy_number', sa.String(length=32), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle_record.id'], name=op.f('fk_vehicle_insurance_vehicle_id_vehicle_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicle_insurance')),
    sa.UniqueConstraint('vehicle_id', name=op.f('uq_vehicle_insurance_vehicle_id'))
    )
    op.create_table('inspection_label',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('label_year', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('serial', sa.String(length=20), nullable=True),
    sa.Column('environmental_label', sa.Boolean(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('recipient_name', sa.String(length=32), nullable=True),
    sa.Column('recipient_mobile', sa.String(length=11), nullable=True),
    sa.Column('postal_address', sa.String(length=128), nullable=True),
    sa.Column('tracking_number', sa.String(length=20), nullable=True),
    sa.Column('posted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_inspection_label_account_id_account')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_inspection_label_station_id_station')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle_record.id'], name=op.f('fk_inspection_label_vehicle_id_vehicle_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_label')),
    sa.UniqueConstraint('serial', name=op.f('uq_inspection_label_serial'))
    )
    with op.batch_alter_table('inspection_label', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_label_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('violation_payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('violation_id', sa.Integer(), nullable=False),
    sa.Column('bank', sa.String(length=8), nullable=False),
    sa.Column('bank_reference', sa.String(length=40), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_violation_payment_station_id_station')),
    sa.ForeignKeyConstraint(['violation_id'], ['traffic_violation.id'], name=op.f('fk_violation_payment_violation_id_traffic_violation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_violation_payment')),
    sa.UniqueConstraint('bank', 'bank_reference', name='uq_violation_payment_bank_reference'),
    sa.UniqueConstraint('violation_id', name=op.f('uq_violation_payment_violation_id'))
    )
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('can_issue_labels', sa.Boolean(), nullable=False, server_default=sa.false()))
    # The vehicle offices' windows hand out labels too (the exam sites do not).
    op.execute("UPDATE station SET can_issue_labels = true WHERE kind IN ('office', 'branch')")



def downgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_column('can_issue_labels')

    op.drop_table('violation_payment')
    with op.batch_alter_table('inspection_label', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_label_vehicle_id'))

    op.drop_table('inspection_label')
    op.drop_table('vehicle_insurance')
    with op.batch_alter_table('traffic_violation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_traffic_violation_vehicle_id'))

    op.drop_table('traffic_violation')
    with op.batch_alter_table('traffic_accident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_traffic_accident_vehicle_id'))

    op.drop_table('traffic_accident')
    with op.batch_alter_table('study_test', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_test_licence_id'))

    op.drop_table('study_test')
    with op.batch_alter_table('study_sitting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_sitting_licence_id'))

    op.drop_table('study_sitting')
    op.drop_table('driver_points')
