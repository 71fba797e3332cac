/** Copies plain text; says whether it worked, since browsers may refuse (permissions, insecure pages). */
export async function copyText(text: string): Promise<'done' | 'failed'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'done';
  } catch {
    return 'failed';
  }
}
