import type { ReactNode } from 'react';

/**
 * A quiz page that has no questions to show (loading, failed, empty): its title, why, and a way on.
 * Without a title (a pre-rendered frame that cannot know it yet) the heading waits in a slot of its size,
 * rather than show one title and then another, or push the page down when it comes.
 */
export function QuizProblem({ title, message, busy = false, children }: { title?: string; message: string; busy?: boolean; children?: ReactNode }) {
  return (
    <section className="quiz-page stack" aria-busy={busy || undefined}>
      {title !== undefined ? <h1>{title}</h1> : <div className="heading-slot" aria-hidden="true">{'\u00a0'}</div>}
      <p role="status">{message}</p>
      {children && <div className="row">{children}</div>}
    </section>
  );
}
