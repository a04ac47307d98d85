namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>Breaks text into lines that fit a width, at spaces; a word wider than the line is cut where it must be.</summary>
internal static class LineBreaker
{
    public static IReadOnlyList<string> Break(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (measure(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                    lines.Add(line);
                line = word;
                while (line.Length > 1 && measure(line) > width)
                {
                    var fits = LongestFittingPrefix(line, width, measure);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>At least one character, so a line too narrow for any still moves on.</summary>
    private static int LongestFittingPrefix(string word, double width, Func<string, double> measure)
    {
        var length = word.Length - 1;
        while (length > 1 && measure(word[..length]) > width)
            length--;
        return length;
    }
}
