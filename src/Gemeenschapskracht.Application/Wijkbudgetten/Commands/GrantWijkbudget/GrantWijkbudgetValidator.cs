using FluentValidation;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.GrantWijkbudget;

public sealed class GrantWijkbudgetValidator : AbstractValidator<GrantWijkbudgetCommand>
{
    public GrantWijkbudgetValidator() => this.AddRaadsbesluitRules();
}
