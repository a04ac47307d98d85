using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Shared;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Commands.AnswerVerzoek;

/// <summary>
/// The institution answers its own request: a signed-in member of the addressed organisation (a member of another
/// organisation is refused, 403). After the deadline the answer is recorded as late.
/// </summary>
[Authorize(Roles = $"{Roles.Professional},{Roles.Bewonersorganisatie}")]
public sealed record AnswerVerzoekCommand : ICommand<VerzoekDto>, IAntwoord
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public string? Antwoord { get; init; }
    public string? Link { get; init; }
    public required IReadOnlyList<ToezeggingInvoer> Toezeggingen { get; init; }
}

public sealed class AnswerVerzoekValidator : FluentValidation.AbstractValidator<AnswerVerzoekCommand>
{
    public AnswerVerzoekValidator() => Include(new AntwoordRegels<AnswerVerzoekCommand>());
}

public sealed class AnswerVerzoekHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AnswerVerzoekCommand, VerzoekDto>
{
    public async ValueTask<VerzoekDto> Handle(AnswerVerzoekCommand command, CancellationToken cancellationToken)
    {
        var verzoek = await db.Set<Verzoek>().VindAsync(command.Id, cancellationToken);
        if (user.OrganisatieId != verzoek.OrganisatieId)
            throw new ForbiddenAccessException();
        await BeantwoordAsync(db, verzoek, command.Antwoord, command.Link, command.Toezeggingen, user.Weergavenaam, clock, cancellationToken);
        return await db.ToDtoAsync(verzoek, VerzoekQueries.Vandaag(clock), cancellationToken);
    }

    internal static async Task BeantwoordAsync(IApplicationDbContext db, Verzoek verzoek, string? antwoord, string? link, IReadOnlyList<ToezeggingInvoer> toezeggingen,
        string door, TimeProvider clock, CancellationToken cancellationToken)
    {
        var agendaStatus = await db.Set<Wijktoekomstagenda>().Where(a => a.Id == verzoek.AgendaId).Select(a => a.Status).FirstAsync(cancellationToken);
        verzoek.Beantwoord(antwoord, link, toezeggingen.Select(t => (t.Omschrijving, t.Uiterlijk)).ToList(), door, agendaStatus, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
