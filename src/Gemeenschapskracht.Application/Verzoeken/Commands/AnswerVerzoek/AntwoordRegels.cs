using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Verzoeken.Commands.AnswerVerzoek;

/// <summary>An institution's answer: a text and/or a link to its published response, and its promises.</summary>
public interface IAntwoord
{
    string? Antwoord { get; }
    string? Link { get; }
    IReadOnlyList<ToezeggingInvoer> Toezeggingen { get; }
}

/// <summary>The rules of an answer, shared by the member's answer and the answer by link (included by their validators).</summary>
public sealed class AntwoordRegels<T> : AbstractValidator<T> where T : IAntwoord
{
    public AntwoordRegels()
    {
        RuleFor(c => c.Antwoord).SafeText("het antwoord", multiline: true).MaximumLength(8000).WithMessage("Het antwoord mag hoogstens 8000 tekens lang zijn.");
        RuleFor(c => c.Link).Must(l => l is null || (Uri.TryCreate(l, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("De link naar het gepubliceerde antwoord is een volledig webadres (https://…).").MaximumLength(500);
        RuleFor(c => c.Toezeggingen).PresentList(20, "toezeggingen");
        RuleForEach(c => c.Toezeggingen).ChildRules(t =>
        {
            t.RuleFor(x => x.Uiterlijk).NotNull().WithMessage("Elke toezegging heeft een datum waarop ze uiterlijk is nagekomen.");
            t.RuleFor(x => x.Omschrijving).Must(o => !Tekst.IsBlank(o) && Tekst.IsSafe(o, multiline: true) && o.Length <= 1000)
                .WithMessage("Beschrijf elke toezegging, zonder stuurtekens, in hoogstens 1000 tekens.");
        }).When(c => c.Toezeggingen is not null);
    }
}
