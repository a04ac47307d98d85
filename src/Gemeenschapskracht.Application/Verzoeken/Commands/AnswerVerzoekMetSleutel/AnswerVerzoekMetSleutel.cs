using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Commands.AnswerVerzoek;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Verzoeken.Commands.AnswerVerzoekMetSleutel;

/// <summary>The institution answers through the link in the e-mail, without an account. A wrong or used secret is not found (404).</summary>
[Public]
public sealed record AnswerVerzoekMetSleutelCommand : ICommand<VerzoekDto>, IAntwoord
{
    [JsonIgnore]
    public string Sleutel { get; init; } = "";

    public string? Antwoord { get; init; }
    public string? Link { get; init; }
    public required IReadOnlyList<ToezeggingInvoer> Toezeggingen { get; init; }
}

public sealed class AnswerVerzoekMetSleutelValidator : FluentValidation.AbstractValidator<AnswerVerzoekMetSleutelCommand>
{
    public AnswerVerzoekMetSleutelValidator() => Include(new AntwoordRegels<AnswerVerzoekMetSleutelCommand>());
}

public sealed class AnswerVerzoekMetSleutelHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AnswerVerzoekMetSleutelCommand, VerzoekDto>
{
    public async ValueTask<VerzoekDto> Handle(AnswerVerzoekMetSleutelCommand command, CancellationToken cancellationToken)
    {
        var verzoek = await db.VindMetSleutelAsync(command.Sleutel, cancellationToken);
        await AnswerVerzoekHandler.BeantwoordAsync(db, verzoek, command.Antwoord, command.Link, command.Toezeggingen, "via de antwoordlink", clock, cancellationToken);
        return await db.ToDtoAsync(verzoek, VerzoekQueries.Vandaag(clock), cancellationToken);
    }
}
