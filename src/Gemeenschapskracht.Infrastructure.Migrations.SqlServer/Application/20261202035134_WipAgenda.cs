using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class WipAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Reactietermijnen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Weken = table.Column<int>(type: "int", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reactietermijnen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijktoekomstagendas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebiedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    HorizonJaren = table.Column<int>(type: "int", nullable: false),
                    StartJaar = table.Column<int>(type: "int", nullable: false),
                    BuurtTopId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Team = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Verspreidingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Herijkingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GepubliceerdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijktoekomstagendas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wijktoekomstagendas_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ambities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmbitieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Nummer = table.Column<int>(type: "int", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PubliekeWaardeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LosgelatenReden = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Herkomst = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Werkgroepen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Opmerkingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ambities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ambities_Wijktoekomstagendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "Wijktoekomstagendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Verzoeken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgendaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebiedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmbitieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Vraag = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    VerzondenOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Uiterlijk = table.Column<DateOnly>(type: "date", nullable: false),
                    SleutelHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Antwoord = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    AntwoordLink = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    BeantwoordOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BeantwoordDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TeLaat = table.Column<bool>(type: "bit", nullable: false),
                    Toezeggingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GemaandOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Verzoeken_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Verzoeken_Wijktoekomstagendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "Wijktoekomstagendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ambities_AgendaId",
                table: "Ambities",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_Ambities_TenantId_AgendaId_AmbitieId",
                table: "Ambities",
                columns: new[] { "TenantId", "AgendaId", "AmbitieId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ambities_TenantId_AmbitieId",
                table: "Ambities",
                columns: new[] { "TenantId", "AmbitieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reactietermijnen_TenantId",
                table: "Reactietermijnen",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_AgendaId",
                table: "Verzoeken",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_OrganisatieId",
                table: "Verzoeken",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_TenantId_GebiedId",
                table: "Verzoeken",
                columns: new[] { "TenantId", "GebiedId" });

            migrationBuilder.CreateIndex(
                name: "IX_Verzoeken_TenantId_SleutelHash",
                table: "Verzoeken",
                columns: new[] { "TenantId", "SleutelHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijktoekomstagendas_GebiedId",
                table: "Wijktoekomstagendas",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_Wijktoekomstagendas_TenantId_GebiedId_Versie",
                table: "Wijktoekomstagendas",
                columns: new[] { "TenantId", "GebiedId", "Versie" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ambities");

            migrationBuilder.DropTable(
                name: "Reactietermijnen");

            migrationBuilder.DropTable(
                name: "Verzoeken");

            migrationBuilder.DropTable(
                name: "Wijktoekomstagendas");
        }
    }
}
