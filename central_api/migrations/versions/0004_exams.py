"""exams: candidates and their subjects, exam plans, bookings, the SMS outbox

Revision ID: 0004
Revises: 0005 (re-chained after merging main, which brought 0005)
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exam_candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('mobile', sa.String(length=11), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('licence_class', sa.String(length=2), nullable=False),
    sa.Column('adds_to_car_licence', sa.Boolean(), nullable=False),
    sa.Column('application_accepted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('permit_issued_on', sa.Date(), nullable=True),
    sa.Column('permit_valid_until', sa.Date(), nullable=True),
    sa.Column('results_voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_candidate')),
    sa.UniqueConstraint('id_number', name=op.f('uq_exam_candidate_id_number'))
    )
    op.create_table('candidate_subject',
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=16), nullable=False),
    sa.Column('passed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_exam_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_result', sa.String(length=8), nullable=True),
    sa.Column('bookings_used', sa.Integer(), nullable=False),
    sa.Column('no_shows', sa.Integer(), nullable=False),
    sa.Column('fee_owed', sa.Boolean(), nullable=False),
    sa.Column('fees_paid', sa.Integer(), nullable=False),
    sa.Column('last_self_cancel_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['candidate_id'], ['exam_candidate.id'], name=op.f('fk_candidate_subject_candidate_id_exam_candidate')),
    sa.PrimaryKeyConstraint('candidate_id', 'subject', name=op.f('pk_candidate_subject'))
    )
    op.create_table('exam_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('exam_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('subject', sa.String(length=16), nullable=False),
    sa.Column('licence_class', sa.String(length=2), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('requested_count', sa.Integer(), nullable=False),
    sa.Column('allocated_count', sa.Integer(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('published_by', sa.String(length=32), nullable=False),
    sa.Column('booking_deadline', sa.DateTime(timezone=True), nullable=False),
    sa.Column('allocated_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('allocated_count >= 0 AND allocated_count <= capacity', name=op.f('ck_exam_plan_seats_within_capacity')),
    sa.CheckConstraint('capacity > 0', name=op.f('ck_exam_plan_capacity_positive')),
    sa.CheckConstraint('requested_count >= 0', name=op.f('ck_exam_plan_requested_nonnegative')),
    sa.ForeignKeyConstraint(['site_id'], ['station.id'], name=op.f('fk_exam_plan_site_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_plan')),
    sa.UniqueConstraint('site_id', 'exam_date', 'start_time', 'subject', 'licence_class', name='uq_exam_plan_session')
    )
    with op.batch_alter_table('exam_plan', schema=None) as batch_op:
        batch_op.create_index('ix_exam_plan_day', ['exam_date', 'subject'], unique=False)

    op.create_table('exam_booking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('open_slot', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ranking_time', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ranking_rule', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('allocated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.String(length=16), nullable=True),
    sa.Column('cancel_channel', sa.String(length=16), nullable=True),
    sa.Column('id_checked', sa.Boolean(), nullable=False),
    sa.Column('result', sa.String(length=8), nullable=True),
    sa.Column('result_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('open_slot = 1', name=op.f('ck_exam_booking_open_slot_one')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_exam_booking_account_id_account')),
    sa.ForeignKeyConstraint(['candidate_id'], ['exam_candidate.id'], name=op.f('fk_exam_booking_candidate_id_exam_candidate')),
    sa.ForeignKeyConstraint(['plan_id'], ['exam_plan.id'], name=op.f('fk_exam_booking_plan_id_exam_plan')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_exam_booking_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_booking')),
    sa.UniqueConstraint('candidate_id', 'subject', 'open_slot', name='uq_exam_booking_one_open')
    )
    with op.batch_alter_table('exam_booking', schema=None) as batch_op:
        batch_op.create_index('ix_exam_booking_candidate', ['candidate_id', 'subject'], unique=False)
        batch_op.create_index('ix_exam_booking_rank', ['plan_id', 'status', 'ranking_time', 'requested_at', 'id'], unique=False)

    op.create_table('sms_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('mobile', sa.String(length=11), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('booking_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['booking_id'], ['exam_booking.id'], name=op.f('fk_sms_outbox_booking_id_exam_booking')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sms_outbox'))
    )
    with op.batch_alter_table('sms_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sms_outbox_booking_id'), ['booking_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sms_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sms_outbox_booking_id'))

    op.drop_table('sms_outbox')
    with op.batch_alter_table('exam_booking', schema=None) as batch_op:
        batch_op.drop_index('ix_exam_booking_rank')
        batch_op.drop_index('ix_exam_booking_candidate')

    op.drop_table('exam_booking')
    with op.batch_alter_table('exam_plan', schema=None) as batch_op:
        batch_op.drop_index('ix_exam_plan_day')

    op.drop_table('exam_plan')
    op.drop_table('candidate_subject')
    op.drop_table('exam_candidate')
