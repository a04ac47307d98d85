using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Opdrachtovereenkomsten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Factuur",
                table: "Declaraties",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OpdrachtovereenkomstId",
                table: "Declaraties",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Soort",
                table: "Declaraties",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Onkosten"); // every declaratie before contracts existed is an expense

            migrationBuilder.CreateTable(
                name: "Coordinatoren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Functie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UrenPerWeek = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    InDienstSinds = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UitDienstPer = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdministratieIds = table.Column<string>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Coordinatoren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Coordinatoren_Hostorganisaties_HostId",
                        column: x => x.HostId,
                        principalTable: "Hostorganisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Opdrachtovereenkomsten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdministratieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Opdrachtnemer = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    Kvknummer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Iban = table.Column<string>(type: "TEXT", maxLength: 34, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Uren = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    Uurtarief = table.Column<long>(type: "INTEGER", nullable: false),
                    BtwPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    Begindatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rekening = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opdrachtovereenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opdrachtovereenkomsten_Administraties_AdministratieId",
                        column: x => x.AdministratieId,
                        principalTable: "Administraties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Declaraties_TenantId_OpdrachtovereenkomstId",
                table: "Declaraties",
                columns: new[] { "TenantId", "OpdrachtovereenkomstId" });

            migrationBuilder.CreateIndex(
                name: "IX_Coordinatoren_HostId",
                table: "Coordinatoren",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_Coordinatoren_TenantId_HostOrganisatieId",
                table: "Coordinatoren",
                columns: new[] { "TenantId", "HostOrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Opdrachtovereenkomsten_AdministratieId",
                table: "Opdrachtovereenkomsten",
                column: "AdministratieId");

            migrationBuilder.CreateIndex(
                name: "IX_Opdrachtovereenkomsten_TenantId_HostOrganisatieId",
                table: "Opdrachtovereenkomsten",
                columns: new[] { "TenantId", "HostOrganisatieId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Coordinatoren");

            migrationBuilder.DropTable(
                name: "Opdrachtovereenkomsten");

            migrationBuilder.DropIndex(
                name: "IX_Declaraties_TenantId_OpdrachtovereenkomstId",
                table: "Declaraties");

            migrationBuilder.DropColumn(
                name: "Factuur",
                table: "Declaraties");

            migrationBuilder.DropColumn(
                name: "OpdrachtovereenkomstId",
                table: "Declaraties");

            migrationBuilder.DropColumn(
                name: "Soort",
                table: "Declaraties");
        }
    }
}
