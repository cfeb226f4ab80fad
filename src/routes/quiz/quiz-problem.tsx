import type { ReactNode } from 'react';

/** A quiz page that has no questions to show (loading, failed, empty): its title, why, and a way on. */
export function QuizProblem({ title, message, busy = false, children }: { title: string; message: string; busy?: boolean; children?: ReactNode }) {
  return (
    <section className="quiz-page stack" aria-busy={busy || undefined}>
      <h1>{title}</h1>
      <p role="status">{message}</p>
      {children && <div className="row">{children}</div>}
    </section>
  );
}
