
CREATE INDEX certificate_problem ON certificate(problem_id);
